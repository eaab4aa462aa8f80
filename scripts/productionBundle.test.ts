import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_MODE } from './testBuild';

/** Names only the test handle (src/testing/) uses; minifiers keep property names and strings. */
const TEST_HOOK_MARKERS = ['__deltascope', 'crashEngine', 'simulateCrash'];
const VITE = join(import.meta.dirname, '..', 'node_modules', 'vite', 'bin', 'vite.js');
const scratch = mkdtempSync(join(tmpdir(), 'deltascope-bundle-'));

/**
 * Runs `vite build` (with `mode`, if given) as `npm run build` does, in a child process: under
 * Vitest NODE_ENV is "test", which would make Vite build with import.meta.env.DEV set.
 */
function buildInto(outDir: string, mode?: string): void {
  const env = { ...process.env };
  delete env.NODE_ENV;
  const modeArgs = mode ? ['--mode', mode] : [];
  execFileSync(
    process.execPath,
    [VITE, 'build', ...modeArgs, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { env, stdio: 'pipe' },
  );
}

/** Each emitted script or page that contains a marker, with the markers it contains. */
function markersIn(outDir: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(js|mjs|html)$/.test(file)) continue;
    const text = readFileSync(join(outDir, file), 'utf8');
    const hits = TEST_HOOK_MARKERS.filter((marker) => text.includes(marker));
    if (hits.length > 0) found[file] = hits;
  }
  return found;
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the production bundle', () => {
  it('holds no test hook', () => {
    const outDir = join(scratch, 'production');
    buildInto(outDir);
    expect(readdirSync(join(outDir, 'assets')).some((f) => f.endsWith('.js'))).toBe(true);
    expect(markersIn(outDir)).toEqual({});
  });

  it('while the e2e build, made the same way, holds it where the scan finds it', () => {
    const outDir = join(scratch, E2E_MODE);
    buildInto(outDir, E2E_MODE);
    expect(Object.values(markersIn(outDir)).flat()).toEqual(
      expect.arrayContaining(['__deltascope', 'crashEngine']),
    );
  });
});

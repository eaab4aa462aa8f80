import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Runs `measure` with the production build of the app in a fresh folder outside the repository
 * (so linters never see it), removed afterwards.
 */
export async function withBuiltApp<T>(measure: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'deltascope-app-'));
  try {
    await build({ logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
    return await measure(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the build tells the service worker to keep (scripts/serviceWorkerPlugin.ts writes it). */
export interface PrecacheManifest {
  /** A hash of every precached file's name and bytes: a new one replaces the old cache. */
  version: string;
  /** Paths relative to the app's folder. */
  files: string[];
}

const FONT = /^(.*)-[\w-]{8}\.(woff2|woff|ttf|eot)$/; // name-hash.format
/** Font formats, best first: a browser that runs the app takes the first one a face offers. */
const FONT_FORMATS = ['woff2', 'woff', 'ttf', 'eot'];

/**
 * The built files worth keeping offline: everything but source maps and the service worker
 * itself, and of each font face (KaTeX ships three formats) only the one a browser will use.
 */
export function precacheable(fileNames: readonly string[]): string[] {
  const bestFormat = new Map<string, number>();
  for (const name of fileNames) {
    const font = FONT.exec(name);
    if (!font) continue;
    const rank = FONT_FORMATS.indexOf(font[2]);
    bestFormat.set(font[1], Math.min(rank, bestFormat.get(font[1]) ?? rank));
  }
  return fileNames.filter((name) => {
    if (name.endsWith('.map') || name === 'sw.js') return false;
    const font = FONT.exec(name);
    return !font || FONT_FORMATS.indexOf(font[2]) === bestFormat.get(font[1]);
  });
}

/** Why a saved entry was ignored: unreadable, written by another version, or too large. */
export type SavedEntryProblem = 'corrupt' | 'version' | 'size';

/**
 * A localStorage entry the app wrote as `{ version, … }`: its fields, or why it cannot be used
 * (too long to be ours, not JSON, not an object, or another version's).
 */
export function readSavedEntry(
  text: string,
  maxChars: number,
  version: number,
): { entry: Record<string, unknown> } | { problem: SavedEntryProblem } {
  if (text.length > maxChars) return { problem: 'size' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: 'corrupt' };
  }
  if (typeof raw !== 'object' || raw === null || !('version' in raw)) return { problem: 'corrupt' };
  if (raw.version !== version) return { problem: 'version' };
  return { entry: raw as Record<string, unknown> };
}

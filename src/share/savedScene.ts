/** Where the last session's scene is kept in localStorage. */
export const SAVED_SCENE_KEY = 'deltascope.scene';
const SAVED_SCENE_VERSION = 1;
/** Far above any real scene (a drawn digit included); anything longer was not written by us. */
export const MAX_SAVED_CHARS = 4_096;

/** Why a saved entry was ignored: unreadable, written by another version, or too large. */
export type SavedSceneProblem = 'corrupt' | 'version' | 'size';

export type SavedScene = { query: string } | { problem: SavedSceneProblem } | null;

/** The entry to store for a scene's query string. */
export const savedSceneText = (query: string): string =>
  JSON.stringify({ version: SAVED_SCENE_VERSION, query });

/** The query string saved by the last session, why it cannot be used, or null if there is none. */
export function parseSavedScene(text: string | null): SavedScene {
  if (text === null) return null;
  if (text.length > MAX_SAVED_CHARS) return { problem: 'size' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: 'corrupt' };
  }
  if (typeof raw !== 'object' || raw === null || !('version' in raw)) return { problem: 'corrupt' };
  if (raw.version !== SAVED_SCENE_VERSION) return { problem: 'version' };
  if (!('query' in raw) || typeof raw.query !== 'string') return { problem: 'corrupt' };
  return { query: raw.query };
}

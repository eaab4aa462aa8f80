import type { SavedEntryProblem } from './savedEntry';
import { readSavedEntry } from './savedEntry';

/** Where the last session's scene is kept in localStorage. */
export const SAVED_SCENE_KEY = 'deltascope.scene';
const SAVED_SCENE_VERSION = 1;
/** Far above any real scene (a drawn digit included); anything longer was not written by us. */
export const MAX_SAVED_CHARS = 4_096;

export type SavedSceneProblem = SavedEntryProblem;

export type SavedScene = { query: string } | { problem: SavedSceneProblem } | null;

/** The entry to store for a scene's query string. */
export const savedSceneText = (query: string): string =>
  JSON.stringify({ version: SAVED_SCENE_VERSION, query });

/** The query string saved by the last session, why it cannot be used, or null if there is none. */
export function parseSavedScene(text: string | null): SavedScene {
  if (text === null) return null;
  const read = readSavedEntry(text, MAX_SAVED_CHARS, SAVED_SCENE_VERSION);
  if ('problem' in read) return read;
  const { query } = read.entry;
  if (typeof query !== 'string') return { problem: 'corrupt' };
  return { query };
}

import type { SavedEntryProblem } from '../share/savedEntry';
import { readSavedEntry } from '../share/savedEntry';
import { deckFile, readDeck } from './deck';
import type { Deck } from './lessonTypes';

/** Where this browser keeps the teacher's decks in localStorage. */
export const SAVED_DECKS_KEY = 'deltascope.decks';
const SAVED_DECKS_VERSION = 1;
/** localStorage holds about 5 MB per site; an entry longer than this was not written by us. */
export const MAX_SAVED_DECKS_CHARS = 5_000_000;

/** Why the saved decks were set aside: unreadable, written by another version, or too large. */
export type SavedDecksProblem = SavedEntryProblem;

export type SavedDecks =
  { decks: Deck[]; deckIndex: number } | { problem: SavedDecksProblem } | null;

/** The entry to store: every deck in the file format, and which one is current. */
export const savedDecksText = (decks: readonly Deck[], deckIndex: number): string =>
  JSON.stringify({ version: SAVED_DECKS_VERSION, deckIndex, decks: decks.map(deckFile) });

/**
 * The decks saved by an earlier visit, why they cannot be used, or null if there are none.
 * Each is read like a deck file, except that it may be empty and its scenes' models are
 * checked only when played (the list of shipped models may not have arrived yet).
 */
export function parseSavedDecks(text: string | null): SavedDecks {
  if (text === null) return null;
  const read = readSavedEntry(text, MAX_SAVED_DECKS_CHARS, SAVED_DECKS_VERSION);
  if ('problem' in read) return read;
  const raw = read.entry;
  if (!Array.isArray(raw.decks) || raw.decks.length === 0) return { problem: 'corrupt' };
  const decks: Deck[] = [];
  for (const entry of raw.decks) {
    const read = readDeck(entry, { mayBeEmpty: true });
    if ('problem' in read) return { problem: 'corrupt' };
    decks.push(read.deck);
  }
  const index = raw.deckIndex ?? 0;
  const known = typeof index === 'number' && Number.isInteger(index) && index >= 0;
  return { decks, deckIndex: known && index < decks.length ? index : 0 };
}

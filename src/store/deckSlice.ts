import type { StateCreator } from 'zustand';
import { MAX_DECK_SCENES } from '../lessons/deck';
import type { Deck, DeckScene } from '../lessons/lessonTypes';
import type { AppState } from './appStore';

/** The teacher's own decks of scenes, one of them current (the one "+ Scene" adds to). */
export interface DeckSlice {
  /** Never empty: the last deck deleted is replaced by a new empty one. */
  decks: Deck[];
  deckIndex: number;
  /** Adds a scene at the end of the current deck; a full deck (MAX_DECK_SCENES) is left as is. */
  addDeckScene(scene: DeckScene): void;
  moveDeckScene(from: number, to: number): void;
  updateDeckScene(index: number, patch: Partial<DeckScene>): void;
  deleteDeckScene(index: number): void;
  renameDeck(title: string): void;
  chooseDeck(index: number): void;
  /** Adds the deck after the others and makes it current. */
  openDeck(deck: Deck): void;
  deleteDeck(index: number): void;
}

export const currentDeck = (s: Pick<DeckSlice, 'decks' | 'deckIndex'>): Deck =>
  s.decks[s.deckIndex];

/** A new deck, untitled: the page names it in the language of the moment until it has a title. */
const emptyDeck = (): Deck => ({ title: '', scenes: [] });

/** The decks with the current one's scenes replaced. */
function withScenes(s: DeckSlice, change: (scenes: DeckScene[]) => DeckScene[]) {
  const decks = s.decks.slice();
  const deck = decks[s.deckIndex];
  decks[s.deckIndex] = { ...deck, scenes: change(deck.scenes.slice()) };
  return { decks };
}

const within = (index: number, length: number) =>
  Number.isInteger(index) && index >= 0 && index < length;

export const createDeckSlice: StateCreator<AppState, [], [], DeckSlice> = (set) => ({
  decks: [emptyDeck()],
  deckIndex: 0,
  addDeckScene: (scene) =>
    set((s) =>
      currentDeck(s).scenes.length >= MAX_DECK_SCENES
        ? s
        : withScenes(s, (scenes) => [...scenes, scene]),
    ),
  moveDeckScene: (from, to) =>
    set((s) => {
      const { length } = currentDeck(s).scenes;
      if (from === to || !within(from, length) || !within(to, length)) return s;
      return withScenes(s, (scenes) => {
        const [moved] = scenes.splice(from, 1);
        scenes.splice(to, 0, moved);
        return scenes;
      });
    }),
  updateDeckScene: (index, patch) =>
    set((s) =>
      within(index, currentDeck(s).scenes.length)
        ? withScenes(s, (scenes) => {
            scenes[index] = { ...scenes[index], ...patch };
            return scenes;
          })
        : s,
    ),
  deleteDeckScene: (index) =>
    set((s) =>
      within(index, currentDeck(s).scenes.length)
        ? withScenes(s, (scenes) => scenes.filter((_, i) => i !== index))
        : s,
    ),
  renameDeck: (title) =>
    set((s) => {
      const decks = s.decks.slice();
      decks[s.deckIndex] = { ...decks[s.deckIndex], title };
      return { decks };
    }),
  chooseDeck: (index) => set((s) => (within(index, s.decks.length) ? { deckIndex: index } : s)),
  openDeck: (deck) => set((s) => ({ decks: [...s.decks, deck], deckIndex: s.decks.length })),
  deleteDeck: (index) =>
    set((s) => {
      if (!within(index, s.decks.length)) return s;
      const decks = s.decks.filter((_, i) => i !== index);
      if (decks.length === 0) return { decks: [emptyDeck()], deckIndex: 0 };
      // The current deck stays current; if it was the one deleted, its neighbour takes over.
      const deckIndex =
        index < s.deckIndex ? s.deckIndex - 1 : Math.min(s.deckIndex, decks.length - 1);
      return { decks, deckIndex };
    }),
});

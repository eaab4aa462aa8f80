import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { Language } from '../i18n/language';
import { MAX_DECK_SCENES } from '../lessons/deck';
import type { DeckScene } from '../lessons/lessonTypes';
import type { AppState } from './appStore';
import type { DeckSlice } from './deckSlice';
import { createDeckSlice, currentDeck } from './deckSlice';

/** The deck slice alone, with the language it titles new decks in. */
function deckStore(language: Language = 'en') {
  return create<DeckSlice & Pick<AppState, 'language'>>()((...a) => ({
    language,
    ...createDeckSlice(...(a as unknown as Parameters<typeof createDeckSlice>)),
  }));
}

const scene = (title: string): DeckScene => ({ title, note: '', query: `page=lab&t=${title}` });
const titles = (s: DeckSlice) => currentDeck(s).scenes.map((x) => x.title);

describe('the deck slice', () => {
  it('starts with one empty, untitled deck (the page names it in the language of the moment)', () => {
    const s = deckStore().getState();
    expect(s.decks).toHaveLength(1);
    expect(s.deckIndex).toBe(0);
    expect(currentDeck(s).scenes).toEqual([]);
    expect(currentDeck(s).title).toBe('');
  });

  it('adds, moves, edits and deletes scenes of the current deck', () => {
    const store = deckStore();
    const s = store.getState();
    ['a', 'b', 'c'].forEach((t) => s.addDeckScene(scene(t)));
    s.moveDeckScene(2, 0);
    expect(titles(store.getState())).toEqual(['c', 'a', 'b']);
    s.moveDeckScene(0, 1);
    expect(titles(store.getState())).toEqual(['a', 'c', 'b']);
    s.updateDeckScene(1, { note: 'Look here.' });
    s.updateDeckScene(2, { title: 'B' });
    expect(currentDeck(store.getState()).scenes[1]).toEqual({ ...scene('c'), note: 'Look here.' });
    s.deleteDeckScene(0);
    expect(titles(store.getState())).toEqual(['c', 'B']);
    s.renameDeck('Lesson 3');
    expect(currentDeck(store.getState()).title).toBe('Lesson 3');
  });

  it('leaves the deck as it is for a position it does not have', () => {
    const store = deckStore();
    store.getState().addDeckScene(scene('a'));
    const before = store.getState().decks;
    const s = store.getState();
    s.moveDeckScene(0, 1);
    s.moveDeckScene(-1, 0);
    s.updateDeckScene(3, { title: 'x' });
    s.deleteDeckScene(1);
    s.chooseDeck(2);
    expect(store.getState().decks).toBe(before);
    expect(store.getState().deckIndex).toBe(0);
  });

  it('holds at most MAX_DECK_SCENES scenes in a deck', () => {
    const store = deckStore();
    for (let i = 0; i <= MAX_DECK_SCENES; i++) store.getState().addDeckScene(scene(String(i)));
    expect(currentDeck(store.getState()).scenes).toHaveLength(MAX_DECK_SCENES);
  });

  it('opens a deck as the current one, and keeps the current one when another is deleted', () => {
    const store = deckStore();
    const s = store.getState();
    s.openDeck({ title: 'Two', scenes: [scene('x')] });
    s.openDeck({ title: 'Three', scenes: [] });
    expect(store.getState().deckIndex).toBe(2);
    s.chooseDeck(1);
    s.deleteDeck(0);
    expect(store.getState().decks.map((d) => d.title)).toEqual(['Two', 'Three']);
    expect(currentDeck(store.getState()).title).toBe('Two');
    s.deleteDeck(0);
    expect(currentDeck(store.getState()).title).toBe('Three');
  });

  it('starts a new untitled deck when the last one is deleted', () => {
    const store = deckStore('zh');
    store.getState().renameDeck('Old');
    store.getState().deleteDeck(0);
    expect(store.getState().decks).toEqual([{ title: '', scenes: [] }]);
    expect(store.getState().deckIndex).toBe(0);
  });
});

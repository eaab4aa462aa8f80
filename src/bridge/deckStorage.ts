import { parseSavedDecks, SAVED_DECKS_KEY, savedDecksText } from '../lessons/savedDecks';
import type { AppStore } from '../store/appStore';

/** The saved decks follow the store this long after the last change (typing a note included). */
const SAVE_DELAY_MS = 300;

function readStorage(): string | null {
  try {
    return localStorage.getItem(SAVED_DECKS_KEY);
  } catch {
    return null;
  }
}

/** Whether the text was stored (storage can be switched off or full). */
function writeStorage(text: string): boolean {
  try {
    localStorage.setItem(SAVED_DECKS_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Brings back the decks saved by the last visit (a bad entry is replaced by the default, with a
 * notice) and keeps saving them a moment after each change, at once when the page is left.
 * Another window of the page (the presenter's) saving its decks brings them here too.
 */
export function keepDecks(store: AppStore): () => void {
  const saved = parseSavedDecks(readStorage());
  if (saved && 'problem' in saved) {
    store.getState().notify('error', (m) => m.deck.badSaved(saved.problem));
  } else if (saved) {
    store.setState(saved);
  }
  let written = readStorage();
  let warned = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const { decks, deckIndex } = store.getState();
    const text = savedDecksText(decks, deckIndex);
    if (text === written) return;
    if (writeStorage(text)) written = text;
    else if (!warned) {
      warned = true;
      store.getState().notify('error', (m) => m.deck.notKept);
    }
  };
  if (saved === null || 'problem' in saved) save();

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.decks === prev.decks && s.deckIndex === prev.deckIndex) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SAVED_DECKS_KEY || event.newValue === null) return;
    const theirs = parseSavedDecks(event.newValue);
    if (!theirs || 'problem' in theirs) return;
    written = event.newValue;
    store.setState(theirs);
  };
  addEventListener('pagehide', save);
  addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    removeEventListener('pagehide', save);
    removeEventListener('storage', onStorage);
    if (timer) clearTimeout(timer);
  };
}

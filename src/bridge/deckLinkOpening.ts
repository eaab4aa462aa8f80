import { deckFileText, deckFromQuery } from '../lessons/deck';
import type { AppStore } from '../store/appStore';

/**
 * Opens the deck a link carries (?deck=…) and plays it from its first scene; a bad one is
 * named in a notice and changes nothing. A deck this browser already holds (the same link
 * opened again) is chosen rather than added twice. Needs the list of shipped models.
 */
export function openDeckLink(store: AppStore): void {
  const s = store.getState();
  const reading = deckFromQuery(
    location.search,
    s.shippedModels.map((m) => m.id),
  );
  if (reading === null) return;
  if ('problem' in reading) {
    const { problem } = reading;
    s.notify('error', (m) => m.deck.badLink(m.deck.problem(problem)));
    return;
  }
  const text = deckFileText(reading.deck);
  const held = s.decks.findIndex((d) => deckFileText(d) === text);
  if (held >= 0) s.chooseDeck(held);
  else s.openDeck(reading.deck);
  store.getState().present({ source: 'deck', slide: 0 }, true);
}

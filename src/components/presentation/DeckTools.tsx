import type { ChangeEvent } from 'react';
import { useCallback, useRef, useState } from 'react';
import { sceneOf } from '../../bridge/sceneRouting';
import { messagesFor } from '../../i18n/catalogue';
import { echo } from '../../i18n/echo';
import { useMessages } from '../../i18n/useMessages';
import {
  deckFileName,
  deckFileText,
  MAX_DECK_FILE_CHARS,
  MAX_DECK_SCENES,
  parseDeckFile,
} from '../../lessons/deck';
import { encodeScene } from '../../share/scene';
import { useAppStore } from '../../store/appStore';
import { currentDeck } from '../../store/deckSlice';
import { download } from '../ui/download';
import { DeckPanel } from './DeckPanel';
import { sceneTitle, shownDeckTitle } from './sceneTitle';
import './DeckTools.css';

/** A UTF-8 file this many bytes long holds more characters than a deck file may. */
const MAX_DECK_FILE_BYTES = 3 * MAX_DECK_FILE_CHARS;

/**
 * The header's deck controls: add the view on screen as a scene, open the deck to edit and play
 * it, save it as a file, and open (and play) a deck file.
 */
export function DeckTools() {
  const m = useMessages().deck;
  const deck = useAppStore(currentDeck);
  const [panelOpen, setPanelOpen] = useState(false);
  const [said, setSaid] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const count = deck.scenes.length;
  const closePanel = useCallback(() => setPanelOpen(false), []);

  function addScene() {
    const s = useAppStore.getState();
    if (currentDeck(s).scenes.length >= MAX_DECK_SCENES) {
      return s.notify('error', (t) => t.deck.full(MAX_DECK_SCENES));
    }
    const title = sceneTitle(s, messagesFor(s.language));
    s.addDeckScene({ title, note: '', query: encodeScene(sceneOf(s)) });
    setSaid(m.added(title, currentDeck(useAppStore.getState()).scenes.length));
  }

  function saveFile() {
    // An untitled deck leaves with the name the page shows it by.
    const deck = currentDeck(useAppStore.getState());
    const now = { ...deck, title: shownDeckTitle(deck.title, m.defaultTitle) };
    download(new Blob([deckFileText(now)], { type: 'application/json' }), deckFileName(now));
  }

  async function openFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const s = useAppStore.getState();
    const reading =
      file.size > MAX_DECK_FILE_BYTES
        ? ({ problem: { code: 'tooLarge', max: MAX_DECK_FILE_CHARS } } as const)
        : parseDeckFile(
            await file.text(),
            s.shippedModels.map((model) => model.id),
          );
    if ('problem' in reading) {
      const { problem } = reading;
      return s.notify('error', (t) => t.deck.badFile(echo(file.name), t.deck.problem(problem)));
    }
    s.openDeck(reading.deck);
    s.present({ source: 'deck', slide: 0 }, true);
  }

  return (
    <div className="deck-tools" role="group" aria-label={m.tools}>
      <button type="button" data-testid="deck-add-scene" title={m.addSceneTitle} onClick={addScene}>
        {m.addScene}
      </button>
      <button
        type="button"
        data-testid="deck-open"
        title={m.openTitle(shownDeckTitle(deck.title, m.defaultTitle), count)}
        aria-haspopup="dialog"
        onClick={() => setPanelOpen(true)}
      >
        {m.open(count)}
      </button>
      <button
        type="button"
        data-testid="deck-export"
        title={m.saveTitle}
        disabled={count === 0}
        onClick={saveFile}
      >
        {m.save}
      </button>
      <button
        type="button"
        data-testid="deck-import-button"
        title={m.loadTitle}
        onClick={() => fileInput.current?.click()}
      >
        {m.load}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        // Reached through the Open button: one control for keyboards and screen readers.
        tabIndex={-1}
        aria-hidden="true"
        aria-label={m.loadFile}
        data-testid="deck-import"
        onChange={(e) => void openFile(e)}
      />
      <span className="visually-hidden" role="status" data-testid="deck-status">
        {said}
      </span>
      <DeckPanel open={panelOpen} onClose={closePanel} />
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { DECK_TEXT_MAX, deckLink } from '../../lessons/deck';
import type { Deck } from '../../lessons/lessonTypes';
import { useAppStore } from '../../store/appStore';
import { currentDeck } from '../../store/deckSlice';
import type { SceneAction } from './DeckSceneItem';
import { DeckSceneItem } from './DeckSceneItem';
import { shownDeckTitle } from './sceneTitle';

/** How long "Link copied" stands before the button reads "Copy link" again. */
const CONFIRM_MS = 4_000;

type LinkState = { kind: 'copied' } | { kind: 'tooBig' } | { kind: 'byHand'; link: string } | null;

interface Props {
  open: boolean;
  onClose(): void;
}

/**
 * The deck to edit and play, in a modal dialog: the page behind is inert, Esc closes it, and
 * focus returns to what opened it.
 */
export function DeckPanel({ open, onClose }: Props) {
  const say = useMessages().deck;
  const m = say.panel;
  const decks = useAppStore((s) => s.decks);
  const deckIndex = useAppStore((s) => s.deckIndex);
  const deck = useAppStore(currentDeck);
  const dialog = useRef<HTMLDialogElement>(null);
  /** What was said of the link, and whether deleting is being confirmed, for the deck as it was. */
  const [linkSaid, setLinkSaid] = useState<{ deck: Deck; state: LinkState } | null>(null);
  const [confirmingFor, setConfirmingFor] = useState<Deck | null>(null);
  /** Where focus goes once the list has changed under it: a scene's button, or the deck title. */
  const focusNext = useRef<{ index: number; action: SceneAction } | 'title' | null>(null);
  const count = deck.scenes.length;
  const linkState = linkSaid?.deck === deck ? linkSaid.state : null;
  const setLinkState = (state: LinkState) => setLinkSaid({ deck, state });
  const confirming = confirmingFor === deck;

  useEffect(() => {
    const box = dialog.current;
    if (!open || !box) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.showModal();
    box.addEventListener('close', onClose);
    return () => {
      box.removeEventListener('close', onClose);
      if (box.open) box.close();
      returnTo?.focus();
    };
  }, [open, onClose]);

  useEffect(() => {
    if (linkState?.kind !== 'copied') return;
    const timer = setTimeout(() => setLinkSaid(null), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [linkState]);

  // After a move or delete the row's buttons change under the focus: it follows the scene.
  useEffect(() => {
    const box = dialog.current;
    const next = focusNext.current;
    if (!next || !box) return;
    focusNext.current = null;
    const candidates =
      next === 'title'
        ? []
        : [next.action, next.action === 'up' ? 'down' : 'up', 'delete'].map(
            (a) => `[data-testid="deck-scene-${a}-${next.index}"]:not(:disabled)`,
          );
    const target =
      candidates.map((c) => box.querySelector<HTMLElement>(c)).find((el) => el !== null) ??
      box.querySelector<HTMLElement>('[data-testid="deck-title"]');
    target?.focus();
  });

  function play(slide: number) {
    onClose();
    useAppStore.getState().present({ source: 'deck', slide }, true);
  }

  async function copyLink() {
    const link = deckLink(
      { ...deck, title: shownDeckTitle(deck.title, say.defaultTitle) },
      `${location.origin}${location.pathname}`,
    );
    if (link === null) return setLinkState({ kind: 'tooBig' });
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setLinkState({ kind: 'copied' });
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link to copy by hand.
      setLinkState({ kind: 'byHand', link });
    }
  }

  function newDeck() {
    useAppStore.getState().openDeck({ title: '', scenes: [] });
  }

  return (
    <dialog
      ref={dialog}
      className="deck-panel"
      data-testid="deck-panel"
      aria-labelledby="deck-panel-heading"
    >
      {open && (
        <>
          <div className="deck-panel-head">
            <h2 id="deck-panel-heading">{m.heading}</h2>
            <button type="button" data-testid="deck-panel-close" onClick={onClose}>
              {m.close}
            </button>
          </div>
          <div className="deck-panel-deck">
            {decks.length > 1 && (
              <label className="field">
                <span>{m.chooser}</span>
                <select
                  value={deckIndex}
                  data-testid="deck-chooser"
                  onChange={(e) => useAppStore.getState().chooseDeck(Number(e.target.value))}
                >
                  {decks.map((d, i) => (
                    <option key={i} value={i}>
                      {m.choice(shownDeckTitle(d.title, say.defaultTitle), d.scenes.length)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="field deck-panel-title">
              <span>{m.title}</span>
              <input
                value={deck.title}
                placeholder={say.defaultTitle}
                maxLength={DECK_TEXT_MAX.title}
                data-testid="deck-title"
                onChange={(e) => useAppStore.getState().renameDeck(e.target.value)}
              />
            </label>
            <span className="caption" data-testid="deck-count">
              {m.count(count)}
            </span>
          </div>
          {count === 0 ? (
            <p className="caption" data-testid="deck-empty">
              {m.empty}
            </p>
          ) : (
            <ol className="deck-scenes" aria-label={m.scenes} data-testid="deck-scenes">
              {deck.scenes.map((scene, i) => (
                <DeckSceneItem
                  key={i}
                  scene={scene}
                  index={i}
                  count={count}
                  onPlay={play}
                  onMoved={(index, action) => (focusNext.current = { index, action })}
                />
              ))}
            </ol>
          )}
          <div className="deck-panel-actions">
            <button
              type="button"
              className="primary"
              title={m.playTitle}
              disabled={count === 0}
              data-testid="deck-play"
              onClick={() => play(0)}
            >
              {m.play}
            </button>
            <button
              type="button"
              title={m.copyLinkTitle}
              disabled={count === 0}
              data-testid="deck-copy-link"
              onClick={() => void copyLink()}
            >
              {linkState?.kind === 'copied' ? `✓ ${m.linkCopied}` : m.copyLink}
            </button>
            <button type="button" data-testid="deck-new" onClick={newDeck}>
              {m.newDeck}
            </button>
            {confirming ? (
              <span
                className="deck-confirm"
                role="group"
                aria-label={m.confirmDelete(shownDeckTitle(deck.title, say.defaultTitle))}
              >
                <span>{m.confirmDelete(shownDeckTitle(deck.title, say.defaultTitle))}</span>
                <button
                  type="button"
                  data-testid="deck-delete-yes"
                  onClick={() => {
                    useAppStore.getState().deleteDeck(deckIndex);
                    focusNext.current = 'title';
                  }}
                >
                  {m.deleteYes}
                </button>
                <button
                  type="button"
                  autoFocus
                  data-testid="deck-delete-no"
                  onClick={() => setConfirmingFor(null)}
                >
                  {m.deleteNo}
                </button>
              </span>
            ) : (
              <button
                type="button"
                data-testid="deck-delete"
                onClick={() => setConfirmingFor(deck)}
              >
                {m.deleteDeck}
              </button>
            )}
          </div>
          <p className="caption deck-link-note" role="status" data-testid="deck-link-status">
            {/* The button already reads "Link copied": said here for screen readers only. */}
            {linkState?.kind === 'copied' && (
              <span className="visually-hidden">{m.linkCopied}</span>
            )}
            {linkState?.kind === 'tooBig' && m.tooBig}
          </p>
          {linkState?.kind === 'byHand' && (
            <label className="field deck-link-by-hand">
              <span>{m.copyByHand}</span>
              <input
                readOnly
                value={linkState.link}
                autoFocus
                data-testid="deck-link-field"
                onFocus={(e) => e.target.select()}
              />
            </label>
          )}
        </>
      )}
    </dialog>
  );
}

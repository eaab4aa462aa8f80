import { DECK_TEXT_MAX } from '../../lessons/deck';
import type { DeckScene } from '../../lessons/lessonTypes';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';

/** A button of a scene's row, by what it does (its data-testid is deck-scene-<what>-<index>). */
export type SceneAction = 'play' | 'up' | 'down' | 'delete';

interface Props {
  scene: DeckScene;
  index: number;
  count: number;
  /** Plays the deck from this scene. */
  onPlay(index: number): void;
  /** After a move or delete: where focus should go next (the row's index and button). */
  onMoved(index: number, action: SceneAction): void;
}

/** One scene of the deck: its title and note to edit, play from it, move it, delete it. */
export function DeckSceneItem({ scene, index, count, onPlay, onMoved }: Props) {
  const m = useMessages().deck.panel;
  const n = index + 1;
  const { updateDeckScene, moveDeckScene, deleteDeckScene } = useAppStore.getState();

  return (
    <li className="deck-scene" data-testid={`deck-scene-${index}`}>
      <span className="deck-scene-number" aria-hidden="true">
        {n}
      </span>
      <div className="deck-scene-words">
        <input
          value={scene.title}
          maxLength={DECK_TEXT_MAX.title}
          aria-label={m.sceneTitle(n)}
          data-testid={`deck-scene-title-${index}`}
          onChange={(e) => updateDeckScene(index, { title: e.target.value })}
        />
        <textarea
          value={scene.note}
          rows={2}
          maxLength={DECK_TEXT_MAX.note}
          placeholder={m.notePlaceholder}
          aria-label={m.sceneNote(n)}
          data-testid={`deck-scene-note-${index}`}
          onChange={(e) => updateDeckScene(index, { note: e.target.value })}
        />
      </div>
      <div className="deck-scene-buttons">
        <button
          type="button"
          aria-label={m.playFrom(n)}
          title={m.playFrom(n)}
          data-testid={`deck-scene-play-${index}`}
          onClick={() => onPlay(index)}
        >
          ▶
        </button>
        <button
          type="button"
          aria-label={m.up(n)}
          title={m.up(n)}
          disabled={index === 0}
          data-testid={`deck-scene-up-${index}`}
          onClick={() => {
            moveDeckScene(index, index - 1);
            onMoved(index - 1, 'up');
          }}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={m.down(n)}
          title={m.down(n)}
          disabled={index === count - 1}
          data-testid={`deck-scene-down-${index}`}
          onClick={() => {
            moveDeckScene(index, index + 1);
            onMoved(index + 1, 'down');
          }}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={m.remove(n)}
          title={m.remove(n)}
          data-testid={`deck-scene-delete-${index}`}
          onClick={() => {
            deleteDeckScene(index);
            onMoved(Math.min(index, count - 2), 'delete');
          }}
        >
          ✕
        </button>
      </div>
    </li>
  );
}

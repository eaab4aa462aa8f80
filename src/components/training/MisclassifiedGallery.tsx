import { memo, useEffect, useMemo, useRef } from 'react';
import { DIGIT_SIDE } from '../../config';
import type { DigitSet } from '../../engine/dataset';
import { shownProbability } from '../../math/shownNumber';
import type { AppText } from '../../i18n/en/app';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { cellIndices, worstMistakes } from '../../viz/confusion';
import { paintDigit } from '../../viz/paintDigit';
import { prefersReducedMotion } from '../ui/reducedMotion';

/** A cell of the confusion matrix: true label t read as g. */
export interface ConfusionCell {
  t: number;
  g: number;
}

/** Thumbnails shown: the worst mistakes by default, more for a chosen cell. */
const WORST_SHOWN = 24;
const CELL_SHOWN = 48;
const PIXELS = DIGIT_SIDE * DIGIT_SIDE;

interface Props {
  testSet: DigitSet;
  guesses: Uint8Array;
  confidence: Float32Array;
  cell: ConfusionCell | null;
  onBack(): void;
}

/**
 * Test digits with the network's guess; clicking one feeds it to the network view. Memoised
 * like the grid beside it: its props change only with a new scoring shown or a cell picked.
 */
export const MisclassifiedGallery = memo(function MisclassifiedGallery({
  testSet,
  guesses,
  confidence,
  cell,
  onBack,
}: Props) {
  const showExample = useAppStore((s) => s.showExample);
  const shownIndex = useAppStore((s) => (s.inputSource === 'mnist' ? s.exampleIndex : -1));
  const m = useMessages();
  const say = m.app.gallery;
  const indices = useMemo(
    () =>
      cell
        ? cellIndices(testSet.labels, guesses, confidence, cell.t, cell.g)
        : worstMistakes(testSet.labels, guesses, confidence),
    [testSet, guesses, confidence, cell],
  );
  /** The network view is at the top of the page, far above this card: bring it into sight. */
  const pick = (index: number) => {
    showExample(index);
    window.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
  };
  const shown = indices.slice(0, cell ? CELL_SHOWN : WORST_SHOWN);
  const hidden = indices.length - shown.length;

  return (
    <div className="gallery" data-testid="gallery" data-total={indices.length}>
      <div className="gallery-head">
        <h3 data-testid="gallery-title">{title(cell, indices.length, shown.length, m.app)}</h3>
        {cell && (
          <button onClick={onBack} data-testid="gallery-back">
            {say.back}
          </button>
        )}
      </div>
      <p className="caption">
        {cell && cell.t === cell.g ? say.leastConfident : say.mostConfident}
        {say.click}
      </p>
      {shown.length === 0 ? (
        <p className="caption" data-testid="gallery-empty">
          {cell ? say.emptyCell : say.emptyAll}
        </p>
      ) : (
        <ul className="gallery-grid">
          {shown.map((i) => (
            <li key={i}>
              <Thumbnail
                testSet={testSet}
                index={i}
                guess={guesses[i]}
                confidence={confidence[i]}
                current={i === shownIndex}
                onPick={pick}
              />
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <p className="caption" data-testid="gallery-more" data-value={hidden}>
          {say.more(hidden)}
        </p>
      )}
    </div>
  );
});

function title(cell: ConfusionCell | null, total: number, shown: number, t: AppText): string {
  if (!cell) return t.gallery.worst(shown, total);
  return t.confusion.readAs(cell.t, cell.g, t.confusion.digits(total));
}

interface ThumbnailProps {
  testSet: DigitSet;
  index: number;
  guess: number;
  confidence: number;
  current: boolean;
  onPick(index: number): void;
}

function Thumbnail({ testSet, index, guess, confidence, current, onPick }: ThumbnailProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const label = testSet.labels[index];
  useEffect(() => {
    if (canvas.current)
      paintDigit(
        canvas.current,
        testSet.images.subarray(index * PIXELS, (index + 1) * PIXELS),
        DIGIT_SIDE,
        DIGIT_SIDE,
      );
  }, [testSet, index]);
  const shownConfidence = shownProbability(confidence);
  const say = useMessages().app.gallery;
  return (
    <button
      className={current ? 'thumb current' : 'thumb'}
      onClick={() => onPick(index)}
      aria-pressed={current}
      aria-label={say.thumb(index, label, guess, shownConfidence)}
      data-testid={`gallery-digit-${index}`}
      data-true={label}
      data-guess={guess}
      data-value={confidence}
    >
      <canvas ref={canvas} aria-hidden="true" />
      <span className="thumb-caption">
        <b className="label-y">{label}</b> →{' '}
        <b className={label === guess ? 'sym-z' : 'sym-c'}>{guess}</b>{' '}
        <span className="thumb-confidence">({shownConfidence})</span>
      </span>
    </button>
  );
}

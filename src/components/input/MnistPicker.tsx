import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { digitsHolding } from '../../store/shownExample';
import { paintDigit } from '../../viz/paintDigit';
import { DIGIT_SIDE } from '../../config';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** A real MNIST test digit for the network, with ways to pick another. */
export function MnistPicker() {
  const testSet = useAppStore((s) => s.testSet);
  /** The digit shows as soon as the set's first digits hold it; picking waits for the set. */
  const digits = useAppStore((s) => digitsHolding(s, s.exampleIndex));
  const index = useAppStore((s) => s.exampleIndex);
  const showExample = useAppStore((s) => s.showExample);
  const guesses = useAppStore((s) => s.testGuesses);
  const guess = guesses?.[index];
  const wrong = guesses !== null && testSet !== null && guess !== testSet.labels[index];
  const canvas = useRef<HTMLCanvasElement>(null);
  const pixels = DIGIT_SIDE * DIGIT_SIDE;
  const say = useMessages().app.mnist;

  useEffect(() => {
    if (canvas.current && digits) {
      paintDigit(
        canvas.current,
        digits.images.subarray(index * pixels, (index + 1) * pixels),
        DIGIT_SIDE,
        DIGIT_SIDE,
      );
    }
  }, [digits, index, pixels]);

  const random = () => showExample(Math.floor(Math.random() * (testSet?.count ?? 1)));
  /** The next test digit after the current one that satisfies `wanted`, wrapping around. */
  const next = (wanted: (i: number) => boolean) => {
    const count = testSet?.count ?? 0;
    for (let step = 1; step <= count; step++) {
      const i = (index + step) % count;
      if (wanted(i)) return showExample(i);
    }
  };
  return (
    <div className="mnist-picker">
      <canvas
        ref={canvas}
        className="digit"
        data-testid="input-digit"
        data-index={index}
        role="img"
        aria-label={digits ? say.digitLabel(index, digits.labels[index]) : say.loading}
      />
      <p className="caption">
        {digits ? (
          <>
            {say.testDigit} <b>#{index}</b> · {say.label}{' '}
            <b className="label-y">{digits.labels[index]}</b>
          </>
        ) : (
          say.loadingSet
        )}
      </p>
      <div className="row">
        <button
          onClick={() => showExample(index - 1)}
          disabled={!testSet}
          aria-label={say.previous}
        >
          ←
        </button>
        <button onClick={random} disabled={!testSet} data-testid="random-digit">
          {say.random}
        </button>
        <button onClick={() => showExample(index + 1)} disabled={!testSet} aria-label={say.next}>
          →
        </button>
      </div>
      <button
        className="wide"
        onClick={() => next((i) => guesses !== null && guesses[i] !== testSet?.labels[i])}
        disabled={!guesses}
        data-testid="pick-misclassified"
      >
        {say.nextWrong}
      </button>
      {wrong && (
        <p className="caption" data-testid="misclassified-note">
          {say.answeredBefore}
          <b className="sym-c">{guess}</b>
          {say.answeredAfter(testSet.labels[index])}
        </p>
      )}
      <div className="label-picks" role="group" aria-label={say.picks}>
        {DIGITS.map((d) => (
          <button
            key={d}
            onClick={() => next((i) => testSet?.labels[i] === d)}
            disabled={!testSet}
            aria-label={say.pick(d)}
            data-testid={`pick-label-${d}`}
          >
            {d}
          </button>
        ))}
      </div>
    </div>
  );
}

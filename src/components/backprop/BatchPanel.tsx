import { useEffect, useRef } from 'react';
import { defaultFocus, focusNeuron } from '../../backprop/lessonFocus';
import { backpropSteps } from '../../backprop/steps';
import { DIGIT_SIDE } from '../../config';
import { useMessages } from '../../i18n/useMessages';
import { layerName, neuronName } from '../../math/symbols';
import { shownNumber } from '../../math/shownNumber';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { pickedFocus } from '../../store/lessonFocus';
import { magnitudeScale } from '../../viz/colorScales';
import { paintDigit } from '../../viz/paintDigit';
import { paintSignedImage } from '../../viz/weightImage';
import { useVizColors } from '../ui/useVizColors';
import { NegativeName } from '../network/NegativeName';

/** The neuron whose wishes are compared: the chain-rule panel's, picked or the step's default. */
function batchNeuron(s: AppState): string {
  if (!s.lesson) return '0:0';
  const steps = backpropSteps(s.lesson.spec.sizes.length);
  const { layer, index } = focusNeuron(pickedFocus(s) ?? defaultFocus(s.lesson, steps[s.step]));
  return `${layer}:${index}`;
}

interface Tile {
  key: string;
  caption: string;
  /** −∂C/∂w of the neuron's incoming weights, and −∂C/∂b. */
  nudges: Float64Array;
  biasNudge: number;
  digit: Uint8Array | null;
}

/**
 * Many examples: each digit of a mini-batch wants its own nudges to one neuron's weights and
 * bias; their average is the step stochastic gradient descent takes.
 */
export function BatchPanel() {
  const batch = useAppStore((s) => s.lessonBatch);
  const testSet = useAppStore((s) => s.testSet);
  const L = useAppStore((s) => (s.lesson ? s.lesson.spec.sizes.length - 1 : 0));
  const [layer, j] = useAppStore(batchNeuron).split(':').map(Number);
  const images = useRef<HTMLCanvasElement[]>([]);
  const digits = useRef<HTMLCanvasElement[]>([]);
  const m = useMessages();
  const say = m.app.batch;
  const colors = useVizColors();

  const nIn =
    batch && layer > 0
      ? batch.trace.dCdW[layer - 1].length / batch.trace.dCdb[layer - 1].length
      : 0;
  const row = (g: Float64Array) => g.subarray(j * nIn, (j + 1) * nIn).map((v) => -v);
  const tiles: Tile[] =
    batch && layer > 0
      ? [
          ...batch.trace.examples.map((ex, i) => ({
            key: String(batch.indices[i]),
            caption: say.tile(batch.indices[i], String(testSet?.labels[batch.indices[i]] ?? '?')),
            nudges: row(ex.dCdW[layer - 1]),
            biasNudge: -ex.dCdb[layer - 1][j],
            digit: testSet
              ? testSet.images.subarray(
                  batch.indices[i] * DIGIT_SIDE * DIGIT_SIDE,
                  (batch.indices[i] + 1) * DIGIT_SIDE * DIGIT_SIDE,
                )
              : null,
          })),
          {
            key: 'average',
            caption: say.average,
            nudges: row(batch.trace.dCdW[layer - 1]),
            biasNudge: -batch.trace.dCdb[layer - 1][j],
            digit: null,
          },
        ]
      : [];
  const scale = Math.max(...tiles.map((t) => magnitudeScale(t.nudges)), 1e-12);
  const biasScale = Math.max(...tiles.map((t) => Math.abs(t.biasNudge)), 1e-12);
  const square = nIn === DIGIT_SIDE * DIGIT_SIDE;

  useEffect(() => {
    tiles.forEach((t, i) => {
      const img = images.current[i];
      if (img)
        paintSignedImage(
          img,
          t.nudges,
          square ? DIGIT_SIDE : nIn,
          square ? DIGIT_SIDE : 1,
          scale,
          colors,
        );
      const digit = digits.current[i];
      if (digit && t.digit) paintDigit(digit, t.digit, DIGIT_SIDE, DIGIT_SIDE);
    });
  });

  if (!batch || layer === 0) return null;
  return (
    <section className="card batch-panel" aria-label={say.card}>
      <h2>
        {say.heading(
          batch.indices.length,
          m.app.names.layerNeuron(layerName(layer, L + 1, m.app.names), neuronName(layer, j, L)),
        )}
      </h2>
      <p className="caption">
        {say.captionBefore}
        <span className="sym-pos">{say.blue}</span>
        {say.up}
        <NegativeName standard={say.red} />
        {say.captionAfter}
      </p>
      <ol className="batch-tiles">
        {tiles.map((t, i) => (
          <li key={t.key} className={t.key === 'average' ? 'average' : undefined}>
            {t.digit ? (
              <canvas
                className="digit"
                ref={(c) => {
                  if (c) digits.current[i] = c;
                }}
                aria-hidden="true"
              />
            ) : (
              <span className="digit sigma">Σ/n</span>
            )}
            <canvas
              className={square ? 'nudge-image' : 'nudge-image strip'}
              ref={(c) => {
                if (c) images.current[i] = c;
              }}
              role="img"
              aria-label={say.nudges(t.caption)}
            />
            <span className="bias-nudge">
              <span
                className={t.biasNudge > 0 ? 'raise' : 'lower'}
                style={{ width: `${(50 * Math.abs(t.biasNudge)) / biasScale}%` }}
              />
            </span>
            <span className="caption" data-testid={`batch-bias-${t.key}`} data-value={t.biasNudge}>
              {t.caption}
              <br />
              Δb {shownNumber(t.biasNudge, 2)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

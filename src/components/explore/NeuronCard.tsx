import { useEffect, useRef } from 'react';
import type { AppText } from '../../i18n/en/app';
import { useMessages } from '../../i18n/useMessages';
import { shownFixed } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import { focusedNeuron } from '../../store/viewSlice';
import { useThrottledSnapshot } from '../../store/useThrottledSnapshot';
import { topContributions } from '../../viz/contributions';
import { paintWeightImage } from '../../viz/weightImage';
import { useVizColors } from '../ui/useVizColors';
import { NegativeName } from '../network/NegativeName';

const fmt = (x: number) => shownFixed(x, 3);

function neuronName(layer: number, index: number, last: number, t: AppText): string {
  return layer === last ? t.names.outputNeuron(index) : t.names.hiddenNeuron(layer, index + 1);
}

/** Details of the hovered or selected neuron: z, a, b and what feeds it. */
export function NeuronCard() {
  const neuron = useAppStore(focusedNeuron);
  const spec = useAppStore((s) => s.model?.spec);
  const snapshot = useThrottledSnapshot(100, neuron !== null);
  const image = useRef<HTMLCanvasElement>(null);
  const m = useMessages();
  const say = m.app.neuron;
  const colors = useVizColors();
  const layer = neuron?.layer ?? 0;
  const index = neuron?.index ?? 0;

  useEffect(() => {
    const W = snapshot?.weights[0];
    if (layer === 1 && image.current && W && W.length === 784 * (snapshot?.biases[0].length ?? 0)) {
      paintWeightImage(image.current, W, index, colors);
    }
  }, [snapshot, layer, index, colors]);

  if (!neuron || !snapshot?.probe) {
    return (
      <section className="card neuron-card" aria-label={say.card}>
        <h2>{say.heading}</h2>
        <p className="caption">{say.hint}</p>
      </section>
    );
  }
  const last = snapshot.probe.a.length - 1;
  const z = snapshot.probe.z[layer][index];
  const a = snapshot.probe.a[layer][index];
  const b = snapshot.biases[layer - 1][index];
  const prev = snapshot.probe.a[layer - 1];
  const top = layer > 1 ? topContributions(snapshot.weights[layer - 1], prev, index, 4) : [];
  return (
    <section className="card neuron-card" aria-label={say.card} data-testid="neuron-card">
      <h2>{neuronName(layer, index, last, m.app)}</h2>
      <dl className="values">
        <dt className="sym-z">z</dt>
        <dd data-testid="neuron-card-z">{fmt(z)}</dd>
        <dt>a = {spec && m.app.names.activation[layer === last ? spec.output : spec.hidden]}(z)</dt>
        <dd data-testid="neuron-card-a">{fmt(a)}</dd>
        <dt className="sym-b">b</dt>
        <dd>{fmt(b)}</dd>
      </dl>
      {layer === 1 && (
        <figure>
          <canvas
            ref={image}
            className="weight-large"
            data-testid="neuron-weight-image"
            role="img"
            aria-label={say.image}
          />
          <figcaption className="caption">
            {say.weightsBefore}
            <span className="sym-pos">{say.blue}</span>
            {say.raises}
            <NegativeName standard={say.red} />
            {say.lowers}
          </figcaption>
        </figure>
      )}
      {top.length > 0 && (
        <>
          <p className="caption">{say.largest(layer - 1)}</p>
          <ol className="contributions">
            {top.map((c) => (
              <li key={c.from} className={c.value >= 0 ? 'pos' : 'neg'}>
                {say.from(c.from + 1)}
                <span className="sym-w">{fmt(c.weight)}</span> × {fmt(c.activation)} ={' '}
                <b>{fmt(c.value)}</b>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { focusedNeuron } from '../store/viewSlice';
import { useThrottledSnapshot } from '../store/useThrottledSnapshot';
import { topContributions } from '../viz/contributions';
import { paintWeightImage } from '../viz/weightImage';

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

function neuronName(layer: number, index: number, last: number): string {
  return layer === last ? `Output neuron “${index}”` : `Hidden layer ${layer}, neuron ${index + 1}`;
}

/** Details of the hovered or selected neuron: z, a, b and what feeds it. */
export function NeuronCard() {
  const neuron = useAppStore(focusedNeuron);
  const spec = useAppStore((s) => s.model?.spec);
  const snapshot = useThrottledSnapshot(100, neuron !== null);
  const image = useRef<HTMLCanvasElement>(null);
  const layer = neuron?.layer ?? 0;
  const index = neuron?.index ?? 0;

  useEffect(() => {
    const W = snapshot?.weights[0];
    if (layer === 1 && image.current && W && W.length === 784 * (snapshot?.biases[0].length ?? 0)) {
      paintWeightImage(image.current, W, index);
    }
  }, [snapshot, layer, index]);

  if (!neuron || !snapshot?.probe) {
    return (
      <section className="card neuron-card" aria-label="Neuron details">
        <h2>Neuron</h2>
        <p className="caption">
          Point at a neuron (or tap it) to see its z, a and bias, and what feeds it.
        </p>
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
    <section className="card neuron-card" aria-label="Neuron details" data-testid="neuron-card">
      <h2>{neuronName(layer, index, last)}</h2>
      <dl className="values">
        <dt className="sym-z">z</dt>
        <dd data-testid="neuron-card-z">{fmt(z)}</dd>
        <dt>a = {layer === last ? spec?.output : spec?.hidden}(z)</dt>
        <dd data-testid="neuron-card-a">{fmt(a)}</dd>
        <dt className="sym-b">b</dt>
        <dd>{fmt(b)}</dd>
      </dl>
      {layer === 1 && (
        <figure>
          <canvas ref={image} className="weight-large" data-testid="neuron-weight-image" />
          <figcaption className="caption">
            Its 784 incoming weights: <span className="sym-w">blue</span> ink raises z,{' '}
            <span className="sym-c">red</span> ink lowers it.
          </figcaption>
        </figure>
      )}
      {top.length > 0 && (
        <>
          <p className="caption">Largest contributions w·a from hidden layer {layer - 1}:</p>
          <ol className="contributions">
            {top.map((c) => (
              <li key={c.from} className={c.value >= 0 ? 'pos' : 'neg'}>
                neuron {c.from + 1}: <span className="sym-w">{fmt(c.weight)}</span> ×{' '}
                {fmt(c.activation)} = <b>{fmt(c.value)}</b>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { sameNeuron } from '../store/viewSlice';
import { paintWeightImage } from '../viz/weightImage';

/** All first-hidden-layer neurons' weight images in a row, like 3Blue1Brown's. */
export function WeightStrip() {
  const count = useAppStore((s) => (s.model?.spec.sizes[0] === 784 ? s.model.spec.sizes[1] : 0));
  const canvases = useRef<HTMLCanvasElement[]>([]);
  const hover = useAppStore((s) => s.hover);
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selected);

  useEffect(() => {
    const paint = (weights: Float64Array | undefined) => {
      if (!weights) return;
      canvases.current.slice(0, count).forEach((c, j) => paintWeightImage(c, weights, j));
    };
    paint(useAppStore.getState().snapshot?.weights[0]);
    return useAppStore.subscribe((s, prev) => {
      if (s.snapshot?.weightsVersion !== prev.snapshot?.weightsVersion)
        paint(s.snapshot?.weights[0]);
    });
  }, [count]);

  if (count === 0) return null;
  return (
    <section className="card weight-strip" aria-label="What each first-layer neuron looks for">
      <h2>Hidden layer 1: incoming weights as images</h2>
      <div className="weight-images">
        {Array.from({ length: count }, (_, j) => {
          const neuron = { layer: 1, index: j };
          return (
            <button
              key={j}
              className={`weight-cell${sameNeuron(selected, neuron) ? ' selected' : ''}`}
              onPointerEnter={() => hover(neuron)}
              onPointerLeave={() => hover(null)}
              onClick={() => select(neuron)}
              aria-label={`Weights into hidden neuron ${j + 1}`}
              data-testid={`weight-image-${j}`}
            >
              <canvas
                ref={(node) => {
                  if (node) canvases.current[j] = node;
                }}
              />
              <span>{j + 1}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
}

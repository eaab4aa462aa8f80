import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { sameNeuron } from '../../vocabulary';
import { throttleLatest } from '../../viz/throttle';
import { pacedInterval } from '../../viz/viewPace';
import { paintWeightImage } from '../../viz/weightImage';
import { useVizColors } from '../ui/useVizColors';

/** All first-hidden-layer neurons' weight images in a row, like 3Blue1Brown's. */
export function WeightStrip() {
  const count = useAppStore((s) => (s.model?.spec.sizes[0] === 784 ? s.model.spec.sizes[1] : 0));
  const canvases = useRef<HTMLCanvasElement[]>([]);
  const hover = useAppStore((s) => s.hover);
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selected);
  const say = useMessages().app.weights;
  const colors = useVizColors();

  useEffect(() => {
    // 16 images of 784 pixels need not follow every training snapshot: 5 a second reads live,
    // fewer when the machine shows snapshots further apart.
    const paint = throttleLatest(
      (weights: Float64Array | undefined) => {
        if (!weights) return;
        canvases.current.slice(0, count).forEach((c, j) => paintWeightImage(c, weights, j, colors));
      },
      () => pacedInterval(200, 2),
    );
    paint(useAppStore.getState().snapshot?.weights[0]);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.snapshot?.weightsVersion !== prev.snapshot?.weightsVersion)
        paint(s.snapshot?.weights[0]);
    });
    return () => {
      unsubscribe();
      paint.cancel();
    };
  }, [count, colors]);

  if (count === 0) return null;
  return (
    <section className="card weight-strip" aria-label={say.card}>
      <h2>{say.heading}</h2>
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
              aria-label={say.cell(j + 1)}
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

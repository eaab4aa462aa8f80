import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore';
import type { CurveMetric } from '../viz/curves';
import { paintCurve } from '../viz/curves';
import { throttleLatest } from '../viz/throttle';

/** Matches the charts' CSS height. */
const HEIGHT = 190;

/** Training cost and validation accuracy against examples seen, redrawn a few times a second. */
export function TrainingCurves() {
  const [log, setLog] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const charts = useRef<Partial<Record<CurveMetric, SVGSVGElement | null>>>({});

  useEffect(() => {
    const host = box.current;
    if (!host) return;
    const paint = throttleLatest(() => {
      const history = useAppStore.getState().trainingHistory.points;
      for (const metric of ['cost', 'accuracy'] as const) {
        const svg = charts.current[metric];
        const width = svg?.clientWidth ?? 0;
        if (svg && width > 0) paintCurve(svg, history, { metric, log, width, height: HEIGHT });
      }
      host.dataset.points = String(history.length);
    }, 250);
    paint();
    const observer = new ResizeObserver(() => paint());
    observer.observe(host);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.trainingHistory.points !== prev.trainingHistory.points) paint();
    });
    return () => {
      observer.disconnect();
      unsubscribe();
      paint.cancel();
    };
  }, [log]);

  const chart = (metric: CurveMetric, name: string) => (
    <svg
      ref={(el) => {
        charts.current[metric] = el;
      }}
      data-testid={`curve-${metric}`}
      role="img"
      aria-label={`${name} against examples seen`}
    />
  );

  return (
    <div className="curves" ref={box}>
      <figure>
        <figcaption>
          <span className="sym-c">Training cost</span> (mean over mini-batches){' '}
          <label className="inline">
            <input
              type="checkbox"
              checked={log}
              data-testid="curves-log"
              onChange={(e) => setLog(e.target.checked)}
            />{' '}
            log scale
          </label>
        </figcaption>
        {chart('cost', 'Training cost')}
      </figure>
      <figure>
        <figcaption>
          <span className="sym-w">Validation accuracy</span> (5,000 held-out digits, every 10,000
          examples)
        </figcaption>
        {chart('accuracy', 'Validation accuracy')}
      </figure>
    </div>
  );
}

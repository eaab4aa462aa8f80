import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import type { CurveMetric } from '../../viz/curves';
import { paintCurve } from '../../viz/curves';
import { throttleLatest } from '../../viz/throttle';

/** Matches the charts' CSS height. */
const HEIGHT = 190;

/** Training cost and validation accuracy against examples seen, redrawn a few times a second. */
export function TrainingCurves() {
  const [log, setLog] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const charts = useRef<Partial<Record<CurveMetric, SVGSVGElement | null>>>({});
  const say = useMessages().app.training;
  const xLabel = say.examplesSeen;

  useEffect(() => {
    const host = box.current;
    if (!host) return;
    const paint = throttleLatest(() => {
      const history = useAppStore.getState().trainingHistory.points;
      for (const metric of ['cost', 'accuracy'] as const) {
        const svg = charts.current[metric];
        const width = svg?.clientWidth ?? 0;
        if (svg && width > 0)
          paintCurve(svg, history, { metric, log, width, height: HEIGHT, xLabel });
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
  }, [log, xLabel]);

  const chart = (metric: CurveMetric, name: string) => (
    <svg
      ref={(el) => {
        charts.current[metric] = el;
      }}
      data-testid={`curve-${metric}`}
      role="img"
      aria-label={say.chart(name)}
    />
  );

  return (
    <div className="curves" ref={box}>
      <figure>
        <figcaption>
          <span className="sym-c">{say.cost}</span>
          {say.costNote}{' '}
          <label className="inline">
            <input
              type="checkbox"
              checked={log}
              data-testid="curves-log"
              onChange={(e) => setLog(e.target.checked)}
            />{' '}
            {say.log}
          </label>
        </figcaption>
        {chart('cost', say.cost)}
      </figure>
      <figure>
        <figcaption>
          <span className="sym-w">{say.accuracy}</span>
          {say.accuracyNote}
        </figcaption>
        {chart('accuracy', say.accuracy)}
      </figure>
    </div>
  );
}

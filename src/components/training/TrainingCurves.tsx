import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import type { CurveMetric } from '../../viz/curves';
import { paintCurve } from '../../viz/curves';
import { throttleLatest } from '../../viz/throttle';
import { pacedInterval } from '../../viz/viewPace';

/** Matches the charts' CSS height. */
const HEIGHT = 190;
/** The charts repaint this often while training, and every other snapshot when that is rarer. */
const REPAINT_MS = 250;

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
    // Widths as the observer last reported them: reading clientWidth in a paint would force a
    // layout of the page mid-frame.
    const widths = new Map<Element, number>();
    const paint = throttleLatest(
      () => {
        const history = useAppStore.getState().trainingHistory.points;
        for (const metric of ['cost', 'accuracy'] as const) {
          const svg = charts.current[metric];
          const width = (svg && widths.get(svg)) ?? 0;
          if (svg && width > 0)
            paintCurve(svg, history, { metric, log, width, height: HEIGHT, xLabel });
        }
        host.dataset.points = String(history.length);
      },
      () => pacedInterval(REPAINT_MS, 2),
    );
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) widths.set(entry.target, entry.contentRect.width);
      paint();
    });
    for (const svg of Object.values(charts.current)) if (svg) observer.observe(svg);
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

import { scaleLinear, scaleLog } from 'd3';
import type { BiasMode } from '../../lab/worked/classicExample';
import { sampleCurve } from '../../lab/worked/errorCurve';
import { useMessages } from '../../i18n/useMessages';
import { groupDigits, shownNumber, superscript } from '../../math/shownNumber';
import type { WorkedRun } from '../../lab/worked/training';

const WIDTH = 440;
const HEIGHT = 180;
const MARGIN = { left: 64, right: 30, top: 12, bottom: 40 };
const MAX_POINTS = 400;
/** Powers of ten inside [lo, hi], at most five; the two ends when the range spans no decade. */
function errorTicks(lo: number, hi: number): number[] {
  const decades: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) decades.push(e);
  if (decades.length < 2) return [lo, hi];
  const every = Math.ceil(decades.length / 5);
  return decades.filter((_, i) => i % every === 0).map((e) => 10 ** e);
}

function tickLabel(t: number): string {
  const exponent = Math.log10(t);
  if (!Number.isInteger(exponent)) return shownNumber(t, 3);
  return `10${superscript(exponent)}`;
}

/** E_total against steps, log scale, one line per bias mode; the chosen mode drawn bold. */
export function WorkedCurve({ runs, mode }: { runs: readonly WorkedRun[]; mode: BiasMode }) {
  const m = useMessages().lab.worked;
  const steps = runs[0].steps;
  const all = runs.flatMap((r) => [...r.errors]);
  const x = scaleLinear()
    .domain([0, steps])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const lowest = Math.min(...all);
  const highest = Math.max(...all);
  const y = scaleLog()
    .domain([lowest, highest])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return (
    <svg
      className="worked-curve"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={m.curve(steps)}
      data-testid="worked-curve"
    >
      {errorTicks(lowest, highest).map((t) => (
        <g key={t} className="tick">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} />
          <text x={MARGIN.left - 6} y={y(t) + 5} textAnchor="end">
            {tickLabel(t)}
          </text>
        </g>
      ))}
      {x
        .ticks(4)
        .filter(Number.isInteger)
        .map((t) => (
          <text
            key={t}
            className="tick"
            x={x(t)}
            y={HEIGHT - MARGIN.bottom + 20}
            textAnchor="middle"
          >
            {groupDigits(t)}
          </text>
        ))}
      <text className="axis-label" x={WIDTH - MARGIN.right} y={HEIGHT - 4} textAnchor="end">
        {m.stepsAxis}
      </text>
      {runs.map((r) => (
        <polyline
          key={r.mode}
          className={r.mode === mode ? `curve ${r.mode} chosen` : `curve ${r.mode}`}
          points={sampleCurve(r.errors, MAX_POINTS)
            .map((p) => `${x(p.step)},${y(p.error)}`)
            .join(' ')}
        />
      ))}
    </svg>
  );
}

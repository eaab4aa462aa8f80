import { useVizColors } from '../ui/useVizColors';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';

const HEIGHT = 190;
const PAD = { left: 64, right: 16, top: 14, bottom: 34 };

/** C₀ after each gradient-descent step, from 0 up to its first value. */
export function ChainCostPlot({ costs, width }: { costs: readonly number[]; width: number }) {
  const colors = useVizColors();
  const m = useMessages().lab.chain;
  const left = PAD.left;
  const right = width - PAD.right;
  const top = PAD.top;
  const bottom = HEIGHT - PAD.bottom;
  const steps = Math.max(1, costs.length - 1);
  const yMax = Math.max(...costs, 1e-9);
  const px = (i: number) => left + (i / steps) * (right - left);
  const py = (c: number) => bottom - (Math.min(c, yMax) / yMax) * (bottom - top);
  const points = costs.map((c, i) => `${px(i).toFixed(1)},${py(c).toFixed(1)}`).join(' ');
  return (
    <svg
      width={width}
      height={HEIGHT}
      className="chain-cost-plot"
      role="img"
      aria-label={m.costPlot}
      data-testid="chain-cost-plot"
      data-costs={costs.join(',')}
    >
      <line className="chain-plot-axis" x1={left} x2={right} y1={bottom} y2={bottom} />
      <line className="chain-plot-axis" x1={left} x2={left} y1={top} y2={bottom} />
      <text className="chain-tick-label" x={left - 6} y={top + 5} textAnchor="end">
        {costs.length ? shownNumber(yMax, 2) : ''}
      </text>
      <text className="chain-tick-label" x={left - 6} y={bottom} textAnchor="end">
        0
      </text>
      <text
        className="chain-plot-label"
        x={left - 8}
        y={(top + bottom) / 2}
        textAnchor="end"
        fill={colors.cost}
      >
        C₀
      </text>
      <text className="chain-tick-label" x={left} y={bottom + 18} textAnchor="middle">
        0
      </text>
      <text className="chain-tick-label" x={right} y={bottom + 18} textAnchor="end">
        {m.stepsAxis(costs.length > 1 ? steps : null)}
      </text>
      {costs.length > 1 && <polyline className="chain-cost-line" points={points} />}
      {costs.length > 0 && (
        <circle
          className="chain-cost-point"
          cx={px(costs.length - 1)}
          cy={py(costs[costs.length - 1])}
          r={5}
        />
      )}
    </svg>
  );
}

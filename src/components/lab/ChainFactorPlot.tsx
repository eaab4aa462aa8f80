import type { Factor } from '../../lab/chain/factors';
import { quantityColor, quantityLabel } from '../../lab/chain/quantities';
import { useVizColors } from '../ui/useVizColors';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';

const HEIGHT = 150;
const PAD = { left: 10, right: 12, top: 24, bottom: 30 };
const SAMPLES = 90;
/** The tangent spans this share of the plot's width on each side of the point. */
const TANGENT_REACH = 0.22;

interface ChainFactorPlotProps {
  factor: Factor;
  width: number;
  testId: string;
}

/** A factor of the chain rule as the slope it is: the curve, the point, the tangent there. */
export function ChainFactorPlot({ factor, width, testId }: ChainFactorPlotProps) {
  const colors = useVizColors();
  const { curve, value, numerator, denominator } = factor;
  const m = useMessages().lab.chain;
  const [lo, hi] = curve.domain;
  const xs = Array.from({ length: SAMPLES + 1 }, (_, i) => lo + ((hi - lo) * i) / SAMPLES);
  const ys = xs.map(curve.f);
  const atY = curve.f(curve.at);
  let yLo = Math.min(...ys, atY);
  let yHi = Math.max(...ys, atY);
  if (yHi - yLo < 1e-9) {
    yLo -= 1;
    yHi += 1;
  }
  const margin = (yHi - yLo) * 0.08;
  yLo -= margin;
  yHi += margin;
  const left = PAD.left;
  const right = width - PAD.right;
  const top = PAD.top;
  const bottom = HEIGHT - PAD.bottom;
  const px = (v: number) => left + ((v - lo) / (hi - lo)) * (right - left);
  const py = (v: number) => bottom - ((v - yLo) / (yHi - yLo)) * (bottom - top);
  const path = xs
    .map((x, i) => `${i ? 'L' : 'M'}${px(x).toFixed(1)},${py(ys[i]).toFixed(1)}`)
    .join('');
  const reach = (hi - lo) * TANGENT_REACH;
  const clipId = `${testId}-clip`;
  const pointX = px(Math.min(hi, Math.max(lo, curve.at)));

  return (
    <svg
      width={width}
      height={HEIGHT}
      className="chain-factor-plot"
      role="img"
      aria-label={m.factorPlot(quantityLabel(numerator), quantityLabel(denominator))}
      data-testid={testId}
    >
      <clipPath id={clipId}>
        <rect x={left} y={top} width={right - left} height={bottom - top} />
      </clipPath>
      <line className="chain-plot-axis" x1={left} x2={right} y1={bottom} y2={bottom} />
      {yLo < 0 && yHi > 0 && (
        <line className="chain-plot-zero" x1={left} x2={right} y1={py(0)} y2={py(0)} />
      )}
      <text className="chain-tick-label" x={left} y={bottom + 16} textAnchor="start">
        {shownNumber(lo, 4)}
      </text>
      <text className="chain-tick-label" x={right} y={bottom + 16} textAnchor="end">
        {shownNumber(hi, 4)}
      </text>
      <text
        className="chain-plot-label"
        x={(left + right) / 2}
        y={bottom + 22}
        textAnchor="middle"
        fill={quantityColor(denominator, colors)}
      >
        {quantityLabel(denominator)}
      </text>
      <text className="chain-plot-label" x={left} y={16} fill={quantityColor(numerator, colors)}>
        {quantityLabel(numerator)}
      </text>
      <g clipPath={`url(#${clipId})`}>
        <path className="chain-curve" d={path} stroke={quantityColor(numerator, colors)} />
        <line
          className="chain-tangent"
          x1={px(curve.at - reach)}
          y1={py(atY - value * reach)}
          x2={px(curve.at + reach)}
          y2={py(atY + value * reach)}
        />
      </g>
      <circle className="chain-plot-point" cx={pointX} cy={py(atY)} r={6} />
    </svg>
  );
}

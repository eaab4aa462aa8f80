import { shownNumber } from '../../math/shownNumber';
import { useDescentColors } from './descentColors';

/**
 * What the shading of a contour map spans. The rings sit at equal shares of the grid, so a
 * nearly flat surface looks as ringed as a steep one: these two numbers say which it is.
 */
export function ShadeLegend({ values, testId }: { values: Float64Array; testId: string }) {
  const colors = useDescentColors();
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return (
    <p className="descent-shade" data-testid={testId} data-low={lo} data-high={hi}>
      <span className="sym-c">C</span> {shownNumber(lo, 4)}
      <span
        className="descent-shade-bar"
        style={{
          background: `linear-gradient(to right, ${colors.surfaceLow}, ${colors.surfaceHigh})`,
        }}
      />
      {shownNumber(hi, 4)}
    </p>
  );
}

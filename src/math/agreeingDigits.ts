import { roundSignificant } from './shownNumber';

/** The most significant digits a double can need to print back exactly. */
const MAX_DIGITS = 17;

const asShown = (x: number, digits: number) => Number(x.toPrecision(digits));

/**
 * How many significant digits `factors` need, at least `fewest`, so that a formula that
 * rounds them and recomputes `result` from the rounded numbers shows the result's own digits:
 * tanh 8 printed as 1 makes "1 − 1² = 4.5×10⁻⁷" false, as 0.99999977 it reads true.
 */
export function agreeingDigits(
  factors: readonly number[],
  compute: (rounded: readonly number[]) => number,
  result: number,
  resultDigits = 3,
  fewest = 3,
): number {
  const target = roundSignificant(result, resultDigits);
  if (!target || !factors.every(Number.isFinite)) return fewest;
  for (let digits = fewest; digits < MAX_DIGITS; digits++) {
    const recomputed = roundSignificant(
      compute(factors.map((f) => asShown(f, digits))),
      resultDigits,
    );
    if (
      recomputed &&
      recomputed.mantissa === target.mantissa &&
      recomputed.exponent === target.exponent &&
      recomputed.negative === target.negative
    ) {
      return digits;
    }
  }
  return MAX_DIGITS;
}

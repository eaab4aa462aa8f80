/**
 * Numbers as the chain-rule panel prints them: a fixed number of significant digits, plain
 * decimals between 10⁻³ and 10⁴, scientific notation outside. The rounding is shownNumber's
 * (shownNumber.ts), so a formula and the text beside it show the same digits.
 */

import { roundSignificant as round } from './shownNumber';

const NOT_AVAILABLE_TEX = '\\text{n/a}';

/** TeX for x with `digits` significant digits: 0.812, -1.42, 1.23 \times 10^{-5}, \text{n/a}. */
export function texNumber(x: number, digits = 3): string {
  const r = round(x, digits);
  if (!r) return NOT_AVAILABLE_TEX;
  const sign = r.negative ? '-' : '';
  return r.scientific ? `${sign}${r.mantissa} \\times 10^{${r.exponent}}` : `${sign}${r.decimal}`;
}

/**
 * texNumber for use as a factor or term: negative and scientific numbers are parenthesised so
 * "0.5 \cdot (-1.42)" and "2 \cdot (1.2 \times 10^{-5})" read unambiguously.
 */
export function texFactor(x: number, digits = 3): string {
  const r = round(x, digits);
  const tex = texNumber(x, digits);
  return r && (r.negative || r.scientific) ? `(${tex})` : tex;
}

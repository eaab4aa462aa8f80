/**
 * Numbers as the chain-rule panel prints them: a fixed number of significant digits, plain
 * decimals between 10⁻³ and 10⁴, scientific notation outside. TeX and plain text share one
 * rounding so a test can compare what is displayed with an engine value.
 */

const NOT_AVAILABLE_TEX = '\\text{n/a}';
const NOT_AVAILABLE_PLAIN = 'n/a';
/** Decimal exponents printed without scientific notation: 0.001 up to 9999. */
const SMALLEST_PLAIN_EXPONENT = -3;
const LARGEST_PLAIN_EXPONENT = 3;

interface Rounded {
  negative: boolean;
  /** The significant digits without trailing zeros, decimal point after the first: "1.23". */
  mantissa: string;
  exponent: number;
  scientific: boolean;
  /** The same value written out as a plain decimal (meaningful when not scientific). */
  decimal: string;
}

function stripTrailingZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Places the decimal point in `digits` (no point, no sign) for a value digits[0]·10^exponent. */
function asDecimal(digits: string, exponent: number): string {
  if (exponent < 0) return stripTrailingZeros(`0.${'0'.repeat(-exponent - 1)}${digits}`);
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return fraction ? stripTrailingZeros(`${whole}.${fraction}`) : whole;
}

/** x rounded to `digits` significant digits (toExponential rounds, carries included); null if not finite. */
function round(x: number, digits: number): Rounded | null {
  if (!Number.isFinite(x)) return null;
  const [mantissa, exponentText] = Math.abs(x)
    .toExponential(digits - 1)
    .split('e');
  const exponent = Number(exponentText);
  return {
    // False for −0, which prints as a bare 0.
    negative: x < 0,
    mantissa: stripTrailingZeros(mantissa),
    exponent,
    scientific:
      x !== 0 && (exponent < SMALLEST_PLAIN_EXPONENT || exponent > LARGEST_PLAIN_EXPONENT),
    decimal: asDecimal(mantissa.replace('.', ''), exponent),
  };
}

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

/** The same digits as texNumber in plain text that Number() parses back: -1.42, 1.23e-5, n/a. */
export function plainNumber(x: number, digits = 3): string {
  const r = round(x, digits);
  if (!r) return NOT_AVAILABLE_PLAIN;
  const sign = r.negative ? '-' : '';
  return r.scientific ? `${sign}${r.mantissa}e${r.exponent}` : `${sign}${r.decimal}`;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The same digits as texNumber for people to read in a sentence: −1.42, 1.23×10⁻⁵, n/a. */
export function readableNumber(x: number, digits = 3): string {
  const r = round(x, digits);
  if (!r) return NOT_AVAILABLE_PLAIN;
  const sign = r.negative ? '−' : '';
  if (!r.scientific) return `${sign}${r.decimal}`;
  const power = [...String(r.exponent)]
    .map((c) => (c === '-' ? '⁻' : SUPERSCRIPT_DIGITS[Number(c)]))
    .join('');
  return `${sign}${r.mantissa}×10${power}`;
}

/** A count with its thousands grouped by commas, as both interface languages print it: 10,000. */
export const groupDigits = (n: number): string => n.toLocaleString('en-US');

/**
 * Numbers as people read them on the page, in either language: "−" (U+2212) for minus and
 * ×10⁻ⁿ for powers of ten, never a hyphen or e-notation. One rounding serves these and the TeX
 * of texNumber.ts, so a sentence and a formula beside it show the same digits. A leaf: it
 * imports nothing of the app. Machine-readable text (data attributes, links, files, number
 * fields) keeps ASCII and does not come here.
 */

export const MINUS = '\u2212';
const NOT_AVAILABLE = 'n/a';
/** What a missing or non-finite table value shows. */
const NO_VALUE = '–';
/** Decimal exponents printed without scientific notation: 0.001 up to 9999. */
const SMALLEST_PLAIN_EXPONENT = -3;
const LARGEST_PLAIN_EXPONENT = 3;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export interface Rounded {
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
export function roundSignificant(x: number, digits: number): Rounded | null {
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

/** An integer exponent in superscript digits: −5 → ⁻⁵. */
export const superscript = (n: number): string =>
  [...String(n)].map((c) => (c === '-' ? '⁻' : SUPERSCRIPT_DIGITS[Number(c)])).join('');

/** x with `digits` significant digits: 0.812, −1.42, 1.23×10⁻⁵, n/a. */
export function shownNumber(x: number, digits = 3): string {
  const r = roundSignificant(x, digits);
  if (!r) return NOT_AVAILABLE;
  const sign = r.negative ? MINUS : '';
  return r.scientific ? `${sign}${r.mantissa}×10${superscript(r.exponent)}` : `${sign}${r.decimal}`;
}

/**
 * ASCII number text (toFixed, d3-format, a typed value) retypeset: a minus sign for each hyphen
 * before a digit and ×10⁻ⁿ for e-notation ("-1.5e-7" → "−1.5×10⁻⁷").
 */
export const typesetNumberText = (text: string): string =>
  text
    .replace(/(\d)e([-+−]?)(\d+)/g, (_, lead: string, sign: string, power: string) => {
      const negative = sign === '-' || sign === MINUS;
      return `${lead}×10${superscript(Number(power) * (negative ? -1 : 1))}`;
    })
    .replace(/-(?=[\d.])/g, MINUS);

/**
 * A probability with `digits` significant digits, or more where rounding would show an
 * activation of 0.995 as 1 or of 10⁻⁷ as 0: only an exact 0 or 1 reads as one.
 */
export function shownProbability(p: number, digits = 2): string {
  let shown = shownNumber(p, digits);
  for (let d = digits + 1; d <= 17 && (shown === '1' || shown === '0') && p !== 1 && p !== 0; d++) {
    shown = shownNumber(p, d);
  }
  return shown;
}

/** x with a fixed number of decimals: −0.146 (a dash for a missing value). */
export const shownFixed = (x: number, decimals: number): string =>
  Number.isFinite(x) ? typesetNumberText(x.toFixed(decimals)) : NO_VALUE;

/** x with its sign always written: +0.12, −0.12. */
export const shownSigned = (x: number, decimals: number): string =>
  Number.isFinite(x) && !(x < 0) && !Object.is(x, -0)
    ? `+${x.toFixed(decimals)}`
    : shownFixed(x, decimals);

/** A share as a percentage: 0.9516 → 95.16% (a dash when it is not known). */
export const shownPercent = (share: number | null, decimals: number): string =>
  share === null || !Number.isFinite(share) ? NO_VALUE : `${shownFixed(share * 100, decimals)}%`;

/** A test score to two decimals, or "…" while it is still being scored (null). */
export const shownScore = (share: number | null): string =>
  share === null ? '…' : shownPercent(share, 2);

/** A count with its thousands grouped by commas, as both interface languages print it: 10,000. */
export const groupDigits = (n: number): string => GROUPED.format(n);
/** One formatter for every call: toLocaleString builds a new one each time, ~100× slower. */
const GROUPED = new Intl.NumberFormat('en-US');

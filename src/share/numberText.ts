/**
 * Numbers as links carry them and fields take them: decimal notation only. Number() alone
 * would also read hexadecimal, binary, "Infinity" and blanks, which neither should accept.
 */
const INTEGER = /^\d{1,10}$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The number `text` writes within [min, max], or undefined for any other text. A whole number
 * is digits alone (no sign, point or exponent); any other number may have all three.
 */
export function readNumber(
  text: string,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  const n = (integer ? INTEGER : DECIMAL).test(text) ? Number(text) : NaN;
  return n >= min && n <= max ? n : undefined;
}

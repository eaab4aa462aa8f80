/** One line of the chain-rule panel: a formula, its numbers substituted, and the result. */
export interface TexLine {
  tex: string;
  caption?: string;
  /** full-precision value of the line's result, for tests and data attributes */
  value?: number;
  testId?: string;
}

/** Symbolic form = substituted numbers = result, each side already TeX. */
export function equation(...sides: readonly string[]): string {
  return sides.join(' = ');
}

export function product(factors: readonly string[]): string {
  return factors.join(' \\cdot ');
}

/** Beyond this many TeX characters a one-line equation outgrows a projector-width panel. */
const LONG_EQUATION = 320;

/**
 * A long "a = b = c" set as an aligned derivation, one "= …" per line, as a hand
 * calculation reads; short ones stay on one line.
 */
export function displayEquation(tex: string, longAt = LONG_EQUATION): string {
  const sides = tex.split(' = ');
  if (tex.length <= longAt || sides.length < 3) return tex;
  return `\\begin{aligned}${sides[0]} &= ${sides.slice(1).join(' \\\\ &= ')}\\end{aligned}`;
}

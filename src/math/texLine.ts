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

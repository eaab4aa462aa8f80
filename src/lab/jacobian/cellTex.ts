import { agreeingDigits } from '../../math/agreeingDigits';
import { texFactor, texNumber } from '../../math/texNumber';
import { paint } from '../../math/symbols';

/**
 * The formula behind one Jacobian cell, symbols on the first line, then the numbers and the
 * engine's value on the second, so scientific numbers still fit a narrow card.
 * Indices are 0-based in code and shown 1-based (x₁…xₙ), as the rest of the view counts them.
 */

const x = (j: number) => paint('z', `x_{${j + 1}}`);
const kronecker = (i: number, j: number) => `\\delta_{${i + 1}${j + 1}}`;
const kroneckerValue = (i: number, j: number) => (i === j ? '1' : '0');

function partial(output: string, j: number): string {
  return `\\frac{\\partial ${output}}{\\partial ${x(j)}}`;
}

function twoLines(derivative: string, symbols: string, numbers: string, value: number): string {
  const lines = [`${derivative} &= ${symbols}`, `&= ${numbers} = ${texNumber(value)}`];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}

/** ∂sᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ) = numbers = value. */
export function softmaxCellTex(s: ArrayLike<number>, i: number, j: number, value: number): string {
  const si = `s_{${i + 1}}`;
  // Enough digits that the product of the shown numbers is the value shown.
  const digits = agreeingDigits([s[i], s[j]], ([a, b]) => a * ((i === j ? 1 : 0) - b), value);
  const sj = `s_{${j + 1}}`;
  return twoLines(
    partial(si, j),
    `${si}\\,(${kronecker(i, j)} - ${sj})`,
    `${texFactor(s[i], digits)} \\cdot (${kroneckerValue(i, j)} - ${texFactor(s[j], digits)})`,
    value,
  );
}

/** ∂tᵢ/∂xⱼ = δᵢⱼ(1 − tᵢ²) = numbers = value, with tᵢ = tanh xᵢ. */
export function tanhCellTex(t: ArrayLike<number>, i: number, j: number, value: number): string {
  const ti = `t_{${i + 1}}`;
  const digits = agreeingDigits([t[i]], ([a]) => (i === j ? 1 - a * a : 0), value);
  return twoLines(
    partial(ti, j),
    `${kronecker(i, j)}\\,(1 - ${ti}^2)`,
    `${kroneckerValue(i, j)} \\cdot (1 - ${texFactor(t[i], digits)}^2)`,
    value,
  );
}

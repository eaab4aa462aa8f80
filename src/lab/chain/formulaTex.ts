import { sym } from '../../math/symbols';
import type { Factor } from './factors';
import type { Quantity } from './quantities';
import { quantityTex } from './quantities';

/** ∂C₀/∂q = ∂z/∂q · ∂a/∂z · ∂C₀/∂a, then what each factor works out to, in symbols. */
export function chainRuleTex(q: Quantity, factors: readonly Factor[]): string {
  const partials = factors
    .map((f) => sym.partial(quantityTex(f.numerator), quantityTex(f.denominator)))
    .join('\\,');
  const meanings = factors.map((f) => f.meaningTex).join(' \\cdot ');
  const lhs = sym.partial(sym.cost, quantityTex(q));
  return `\\begin{aligned} ${lhs} &= ${partials} \\\\ &= ${meanings} \\end{aligned}`;
}

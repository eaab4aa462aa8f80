import type { WorkedQuantity } from './quantity';
import { num } from './quantity';

/**
 * The hand-calculation line before its value, cut where a line may wrap: "x = rule", "= the
 * rule with numbers =". The page shows the value itself as a button after the last piece.
 */
export function rowParts(q: WorkedQuantity): string[] {
  const [first, ...rest] = q.steps;
  const parts = [first === undefined ? q.symbol : `${q.symbol} = ${first}`];
  for (const step of rest) parts.push(`= ${step}`);
  parts[parts.length - 1] += ' =';
  return parts;
}

/** "x = 0.593269992", as a source or a given is listed. */
export function valueTex(q: WorkedQuantity): string {
  return `${q.symbol} = ${num(q.value)}`;
}

/** The whole derivation, one "= …" per line as it is worked by hand, ending in the value. */
export function derivationTex(q: WorkedQuantity): string {
  const lines = [...q.steps, num(q.value)];
  return `\\begin{aligned}${q.symbol} &= ${lines.join(' \\\\ &= ')}\\end{aligned}`;
}

import type { AppText } from '../i18n/en/app';
import { texFactor } from './texNumber';

/** How many terms of a long sum are written out; the rest are summarised by their total. */
export const TERMS_SHOWN = 3;

/**
 * A sum of many terms as TeX: the largest |value| terms written out by `termTex`, then the
 * remaining ones as one underbraced total, so a 784-term weighted sum still fits on a line.
 */
export function sumTex(
  values: readonly number[],
  termTex: (index: number) => string,
  t: AppText,
  shown = TERMS_SHOWN,
): string {
  const order = values.map((_, i) => i).sort((p, q) => Math.abs(values[q]) - Math.abs(values[p]));
  const parts = order.slice(0, shown).map(termTex);
  const rest = order.slice(shown);
  if (rest.length > 0) {
    const total = rest.reduce((sum, i) => sum + values[i], 0);
    parts.push(`\\underbrace{${texFactor(total)}}_{\\text{${t.math.moreTerms(rest.length)}}}`);
  }
  return parts.join(' + ');
}

import { argmax } from '../engine/network';
import { shownFixed } from '../math/shownNumber';
import { setAttr, setText } from './domWrites';

export interface OutputBarElements {
  rows: HTMLElement[];
  fills: HTMLElement[];
  values: HTMLElement[];
  prediction: HTMLElement;
  confidence: HTMLElement;
}

/**
 * Restyles the ten output bars in place from the output layer's activations; React never
 * re-renders for this, so it can run every frame while training. Only what changed is written:
 * most digits' three decimals stay put from one snapshot to the next.
 */
export function paintOutputBars(
  el: OutputBarElements,
  output: Float64Array | null,
  confidenceText: (activation: string) => string,
): void {
  // Outputs that overflowed to NaN or ∞ name no answer: argmax would make one up.
  const best = output?.every(Number.isFinite) ? argmax(output) : -1;
  el.rows.forEach((row, d) => {
    const a = output ? output[d] : NaN;
    const finite = Number.isFinite(a);
    setAttr(row, 'data-value', output ? String(a) : '');
    row.classList.toggle('best', d === best);
    const width = `${finite ? Math.max(0, Math.min(1, a)) * 100 : 0}%`;
    if (el.fills[d].style.width !== width) el.fills[d].style.width = width;
    setText(el.values[d], shownFixed(a, 3));
  });
  setText(el.prediction, best >= 0 ? String(best) : '–');
  setText(el.confidence, output && best >= 0 ? confidenceText(shownFixed(output[best], 3)) : '');
}

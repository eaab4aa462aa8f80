import { argmax } from '../engine/network';

export interface OutputBarElements {
  rows: HTMLElement[];
  fills: HTMLElement[];
  values: HTMLElement[];
  prediction: HTMLElement;
  confidence: HTMLElement;
}

/**
 * Restyles the ten output bars in place from the output layer's activations; React never
 * re-renders for this, so it can run every frame while training.
 */
export function paintOutputBars(
  el: OutputBarElements,
  output: Float64Array | null,
  confidenceText: (activation: string) => string,
): void {
  const best = output ? argmax(output) : -1;
  el.rows.forEach((row, d) => {
    const a = output ? output[d] : NaN;
    const shown = Number.isFinite(a) ? a : 0;
    row.dataset.value = output ? String(a) : '';
    row.classList.toggle('best', d === best);
    el.fills[d].style.width = `${Math.max(0, Math.min(1, shown)) * 100}%`;
    el.values[d].textContent = output ? shown.toFixed(3) : '–';
  });
  el.prediction.textContent = best >= 0 ? String(best) : '–';
  el.confidence.textContent = output ? confidenceText(output[best].toFixed(3)) : '';
}

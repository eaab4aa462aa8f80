/** Roughly how wide a label is in a bold sans-serif: a CJK character takes a full em. */
export function roughTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const c of text) ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c) ? 1 : 0.62;
  return ems * fontSize;
}

/** Whether the labels fit side by side in `width`, `gap` apart (else they go one per row). */
export function legendFitsOneRow(
  labels: readonly string[],
  width: number,
  fontSize: number,
  gap: number,
): boolean {
  const total = labels.reduce((sum, label) => sum + roughTextWidth(label, fontSize), 0);
  return total + gap * Math.max(0, labels.length - 1) <= width;
}

import type { LessonFocus } from '../backprop/lessonFocus';
import type { AppState } from './appStore';

/** What the user points at on the backprop page: hovered before selected, an edge before its neuron. */
export function pickedFocus(s: AppState): LessonFocus | null {
  const edge = s.hoveredEdge ?? (s.hovered ? null : s.selectedEdge);
  if (edge) return { kind: 'edge', ...edge };
  const neuron = s.hovered ?? s.selected;
  return neuron && neuron.layer > 0 ? { kind: 'neuron', ...neuron } : null;
}

/** A string naming the focus, for selectors that must return something comparable. */
export const focusKey = (f: LessonFocus | null) =>
  f ? `${f.kind}:${f.layer}:${f.kind === 'edge' ? `${f.j}:${f.k}` : f.index}` : '';

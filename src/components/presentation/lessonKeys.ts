import type { SlideMove } from '../../lessons/slides';
import { ownsKey } from '../ui/usePageKey';

/** What a key does in lesson mode, as clickers and presentation software have it. */
export type LessonKeyAction = SlideMove | 'blank' | 'end';

const ACTIONS: Record<string, LessonKeyAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  // Clickers' "blank screen" button sends "." in presentation software.
  '.': 'blank',
  Escape: 'end',
};

export const lessonKeyAction = (key: string): LessonKeyAction | undefined => ACTIONS[key];

/** Widgets that use the arrow keys themselves (tabs, radio groups, sliders, lists). */
const ARROW_WIDGETS =
  '[role="tab"], [role="radio"], [role="slider"], [role="listbox"], [role="option"], [role="menu"], [role="menuitem"], [role="grid"], svg [tabindex]';

/** Whether a focused control keeps this key for itself rather than the lesson. */
export function controlKeepsKey(target: EventTarget | null, key: string): boolean {
  if (ownsKey(target, key)) return true;
  if (!(target instanceof Element)) return false;
  if (key === 'Enter') return target.closest('button, [role="button"], a') !== null;
  if (key.startsWith('Arrow')) return target.closest(ARROW_WIDGETS) !== null;
  return false;
}

import { useEffect } from 'react';

/**
 * Keys that belong to whatever has focus: typing, sliders, lists and buttons; and every key
 * while a modal dialog is open (the page behind it is inert: P or → must not change it).
 */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (document.querySelector('dialog:modal')) return true;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return key === ' ' && target.closest('button, [role="button"], a') !== null;
}

/**
 * A page-wide shortcut: `onKey` sees each key nobody else owns (no Alt, Ctrl or Meta, not typed
 * into a field, no modal open) and says whether it used it, which then does nothing else.
 * `onKey` must keep its identity between renders.
 */
export function usePageKey(onKey: (key: string) => boolean): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsKey(event.target, event.key)) {
        return;
      }
      if (onKey(event.key)) event.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [onKey]);
}

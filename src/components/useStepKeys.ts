import { useEffect } from 'react';
import { backpropSteps } from '../backprop/steps';
import { useAppStore } from '../store/appStore';

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

/** How long each step stays on screen while playing. */
export const PLAY_STEP_MS = 2600;

/**
 * Presenter keys for the timeline: ←/→ and PageUp/PageDown (what clickers send), Home/End,
 * and Space to play. Playing advances one step at a readable pace and stops at the end.
 */
export function useStepKeys(): void {
  const playing = useAppStore((s) => s.playing);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsKey(event.target, event.key)) {
        return;
      }
      const s = useAppStore.getState();
      if (!s.lesson) return;
      const moves: Record<string, number> = {
        ArrowRight: s.step + 1,
        PageDown: s.step + 1,
        ArrowLeft: s.step - 1,
        PageUp: s.step - 1,
        Home: 0,
        End: Number.MAX_SAFE_INTEGER,
      };
      if (event.key in moves) {
        s.setPlaying(false);
        s.setStep(moves[event.key]);
      } else if (event.key === ' ') {
        s.setPlaying(!s.playing);
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const s = useAppStore.getState();
      const last = s.lesson ? backpropSteps(s.lesson.spec.sizes.length).length - 1 : 0;
      if (s.step >= last) s.setPlaying(false);
      else s.setStep(s.step + 1);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing]);
}

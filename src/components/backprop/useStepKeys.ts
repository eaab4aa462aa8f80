import { useEffect } from 'react';
import { backpropSteps } from '../../backprop/steps';
import { useAppStore } from '../../store/appStore';
import { usePageKey } from '../ui/usePageKey';

/** How long each step stays on screen while playing. */
export const PLAY_STEP_MS = 2600;

/** Steps or plays the timeline for a presenter key; false for any other key. */
function stepByKey(key: string): boolean {
  const s = useAppStore.getState();
  if (!s.lesson) return false;
  const moves: Record<string, number> = {
    ArrowRight: s.step + 1,
    PageDown: s.step + 1,
    ArrowLeft: s.step - 1,
    PageUp: s.step - 1,
    Home: 0,
    End: Number.MAX_SAFE_INTEGER,
  };
  if (key in moves) {
    s.setPlaying(false);
    s.setStep(moves[key]);
  } else if (key === ' ') {
    s.setPlaying(!s.playing);
  } else return false;
  return true;
}

/**
 * Presenter keys for the timeline: ←/→ and PageUp/PageDown (what clickers send), Home/End,
 * and Space to play. Playing advances one step at a readable pace and stops at the end.
 */
export function useStepKeys(): void {
  const playing = useAppStore((s) => s.playing);
  usePageKey(stepByKey);

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

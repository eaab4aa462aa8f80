import { useEffect } from 'react';
import { backpropSteps } from '../../backprop/steps';
import { useAppStore } from '../../store/appStore';
import type { FlowMotion } from '../../viz/network/signalFlow';
import { stepMotion } from '../../viz/network/signalFlow';

/**
 * On the backprop page, each new timeline step plays its own motion: the forward pass into its
 * layer, or the gradient coming back into it. `play` must keep its identity between renders.
 */
export function useStepMotion(play: (motion: FlowMotion) => void): void {
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.page !== 'backprop' || !s.lesson || s.step === prev.step) return;
        const sizes = s.lesson.spec.sizes;
        const step = backpropSteps(sizes.length)[s.step];
        const motion = step && stepMotion(step, sizes.length - 1);
        if (motion) play(motion);
      }),
    [play],
  );
}

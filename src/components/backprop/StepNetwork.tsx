import { backpropSteps } from '../../backprop/steps';
import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { NetworkView } from '../network/NetworkView';
import { SignCueLegend } from '../network/SignCueLegend';
import { StepLegend } from './StepLegend';

/** The network at the timeline's step, with what its colours mean at that step. */
export function StepNetwork() {
  const layers = useAppStore((s) => s.lesson?.spec.sizes.length);
  const step = useAppStore((s) => s.step);
  const kind = layers ? (backpropSteps(layers)[step]?.kind ?? null) : null;
  const say = useMessages().app.network;
  return (
    <section className="card network-card step-network" aria-label={say.card}>
      <NetworkView />
      <StepLegend kind={kind} />
      <SignCueLegend />
    </section>
  );
}

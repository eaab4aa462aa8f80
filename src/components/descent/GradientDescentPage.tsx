import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { CurveCard } from './CurveCard';
import { RegressionCard } from './RegressionCard';
import { SurfaceCard } from './SurfaceCard';
import './GradientDescent.css';

/** Gradient descent, seen: one parameter, two parameters, then two weights of the real network. */
export function GradientDescentPage() {
  const m = useMessages().descent;
  const model = useAppStore((s) => s.model);
  // Only whether weights exist: subscribing to them would re-render all three cards per frame.
  const ready = useAppStore((s) => s.snapshot !== null);
  return (
    <main className="descent-page" data-testid="descent-page">
      <CurveCard />
      <RegressionCard />
      {model && ready ? (
        // A new model starts the real surface afresh, with its own strongest weights.
        <SurfaceCard
          key={model.generation}
          sizes={model.spec.sizes}
          initialWeights={useAppStore.getState().snapshot!.weights}
        />
      ) : (
        <section className="card descent-card">
          <h2>{m.waitingTitle}</h2>
          <p className="descent-status">{m.waiting}</p>
        </section>
      )}
    </main>
  );
}

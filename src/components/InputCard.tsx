import { useAppStore } from '../store/appStore';
import { DrawPad } from './DrawPad';
import { MnistPicker } from './MnistPicker';
import { NetworkSees } from './NetworkSees';

/** The network's input: a digit the user draws, or a real one from the MNIST test set. */
export function InputCard() {
  const source = useAppStore((s) => s.inputSource);
  const setSource = useAppStore((s) => s.setInputSource);
  return (
    <section className="card input-card" aria-label="Input">
      <div className="card-head">
        <h2>Input</h2>
        <div className="segmented" role="tablist" aria-label="Input source">
          <button
            role="tab"
            aria-selected={source === 'drawing'}
            onClick={() => setSource('drawing')}
            data-testid="source-drawing"
          >
            Draw
          </button>
          <button
            role="tab"
            aria-selected={source === 'mnist'}
            onClick={() => setSource('mnist')}
            data-testid="source-mnist"
          >
            MNIST
          </button>
        </div>
      </div>
      {source === 'drawing' ? (
        <>
          <DrawPad />
          <NetworkSees />
        </>
      ) : (
        <MnistPicker />
      )}
    </section>
  );
}

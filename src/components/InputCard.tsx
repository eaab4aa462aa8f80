import { useAppStore } from '../store/appStore';
import { CorrectMe } from './CorrectMe';
import { DrawPad } from './DrawPad';
import { MnistPicker } from './MnistPicker';
import { NetworkSees } from './NetworkSees';
import { Segmented } from './Segmented';

/** The network's input: a digit the user draws, or a real one from the MNIST test set. */
export function InputCard() {
  const source = useAppStore((s) => s.inputSource);
  const setSource = useAppStore((s) => s.setInputSource);
  const page = useAppStore((s) => s.page);
  return (
    <section className="card input-card" aria-label="Input">
      <div className="card-head">
        <h2>Input</h2>
        <Segmented
          label="Input source"
          kind="tab"
          value={source}
          options={[
            { value: 'drawing', label: 'Draw', testId: 'source-drawing' },
            { value: 'mnist', label: 'MNIST', testId: 'source-mnist' },
          ]}
          onChange={setSource}
        />
      </div>
      {source === 'drawing' ? (
        <>
          <DrawPad />
          <NetworkSees />
          {page === 'explore' && <CorrectMe />}
        </>
      ) : (
        <MnistPicker />
      )}
    </section>
  );
}

import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';
import { CorrectMe } from './CorrectMe';
import { DrawPad } from './DrawPad';
import { MnistPicker } from './MnistPicker';
import { NetworkSees } from './NetworkSees';
import { Segmented } from '../ui/Segmented';

/** The network's input: a digit the user draws, or a real one from the MNIST test set. */
export function InputCard() {
  const source = useAppStore((s) => s.inputSource);
  const setSource = useAppStore((s) => s.setInputSource);
  const page = useAppStore((s) => s.page);
  const say = useMessages().app.input;
  return (
    <section className="card input-card" aria-label={say.heading}>
      <div className="card-head">
        <h2>{say.heading}</h2>
        <Segmented
          label={say.source}
          kind="tab"
          value={source}
          options={[
            { value: 'drawing', label: say.draw, testId: 'source-drawing' },
            { value: 'mnist', label: say.mnist, testId: 'source-mnist' },
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

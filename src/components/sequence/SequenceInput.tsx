import { useMessages } from '../../i18n/useMessages';
import { DrawPad } from '../input/DrawPad';
import { MnistPicker } from '../input/MnistPicker';

/**
 * The digit the cells read: drawn on the pad (the same pad and MNIST preprocessing as the
 * explore page), or a test digit picked below it. Drawing takes over from the test digit.
 */
export function SequenceInput() {
  const say = useMessages().sequence.input;
  return (
    <section className="card input-card seq-input" aria-label={say.heading}>
      <h2>{say.heading}</h2>
      <DrawPad />
      <details className="seq-test-digits">
        <summary>{say.testDigits}</summary>
        <MnistPicker />
      </details>
    </section>
  );
}

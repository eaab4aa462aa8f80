import { useMessages } from '../../i18n/useMessages';
import { Tex } from '../ui/Tex';
import { ArchitectureDiagram } from './ArchitectureDiagram';

const STACKED_TEX =
  'h^{(l)}_t = f\\!\\left(U^{(l)} h^{(l)}_{t-1} + W^{(l)} h^{(l-1)}_t + b^{(l)}\\right),\\quad h^{(0)}_t = x_t';
const BIDIRECTIONAL_TEX = [
  'h^{(1)}_t = f\\!\\left(U^{(1)} h^{(1)}_{t-1} + W^{(1)} x_t + b^{(1)}\\right)',
  'h^{(2)}_t = f\\!\\left(U^{(2)} h^{(2)}_{t+1} + W^{(2)} x_t + b^{(2)}\\right)',
  'h_t = h^{(1)}_t \\oplus h^{(2)}_t',
];

/**
 * Deeper and two-way recurrent networks, as the notes draw them: layers stacked so each reads
 * the states of the one below, and a second layer reading the sequence backwards so every step
 * sees what follows it.
 */
export function ArchitectureCard() {
  const say = useMessages().sequence.architecture;
  return (
    <section
      className="card seq-architecture"
      data-testid="seq-architecture"
      aria-label={say.heading}
    >
      <h2>{say.heading}</h2>
      <div className="seq-architecture-grid">
        <figure>
          <figcaption>
            <h3>{say.stackedHeading}</h3>
          </figcaption>
          <ArchitectureDiagram
            stacked
            label={say.stackedLabel}
            rows={[
              { label: 'h⁽¹⁾', direction: 'right' },
              { label: 'h⁽²⁾', direction: 'right' },
            ]}
          />
          <Tex tex={STACKED_TEX} />
          <p className="caption">{say.stackedCaption}</p>
        </figure>
        <figure>
          <figcaption>
            <h3>{say.bidirectionalHeading}</h3>
          </figcaption>
          <ArchitectureDiagram
            stacked={false}
            label={say.bidirectionalLabel}
            rows={[
              { label: 'h⁽¹⁾', direction: 'right' },
              { label: 'h⁽²⁾', direction: 'left' },
            ]}
          />
          {BIDIRECTIONAL_TEX.map((tex) => (
            <Tex key={tex} tex={tex} />
          ))}
          <p className="caption">{say.bidirectionalCaption}</p>
        </figure>
      </div>
    </section>
  );
}

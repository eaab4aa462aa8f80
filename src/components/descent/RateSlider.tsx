import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';

interface RateSliderProps {
  value: number;
  min: number;
  max: number;
  testId: string;
  onChange(rate: number): void;
}

/** Slider positions are hundredths of a decade: position p means η = 10^(p/100). */
const STEPS_PER_DECADE = 100;

/** The learning rate η on a log scale, so 0.001 and 10 are both a short drag away. */
export function RateSlider({ value, min, max, testId, onChange }: RateSliderProps) {
  const m = useMessages().descent;
  const position = (rate: number) => Math.round(Math.log10(rate) * STEPS_PER_DECADE);
  return (
    <label className="descent-rate">
      <span>
        {m.learningRate} <i>η</i> ={' '}
        <b data-testid={`${testId}-value`} data-value={value}>
          {shownNumber(value, 3)}
        </b>
      </span>
      <input
        type="range"
        min={position(min)}
        max={position(max)}
        step={1}
        value={position(value)}
        data-testid={testId}
        aria-valuetext={`η = ${shownNumber(value, 3)}`}
        onChange={(e) =>
          onChange(Number((10 ** (Number(e.target.value) / STEPS_PER_DECADE)).toPrecision(3)))
        }
      />
    </label>
  );
}

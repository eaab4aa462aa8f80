import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { paintDigit } from '../viz/paintDigit';

/** The 28×28 image the network is given for the drawing, and on request how it was made. */
export function NetworkSees() {
  const digit = useAppStore((s) => s.drawnDigit);
  const [showSteps, setShowSteps] = useState(false);
  const final = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (final.current && digit) paintDigit(final.current, digit.image, 28, 28);
    if (box.current && digit)
      paintDigit(box.current, digit.box.pixels, digit.box.width, digit.box.height);
  }, [digit, showSteps]);

  return (
    <div className="network-sees">
      <div className="row">
        <figure>
          <canvas
            ref={final}
            className="digit small"
            data-testid="network-input"
            aria-label="The 28 by 28 image the network sees"
            role="img"
          />
          <figcaption className="caption">What the network sees (28×28)</figcaption>
        </figure>
        <button className="link" aria-expanded={showSteps} onClick={() => setShowSteps(!showSteps)}>
          {showSteps ? 'Hide steps' : 'How?'}
        </button>
      </div>
      {showSteps && (
        <ol className="steps caption">
          <li>
            Crop to the ink
            {digit
              ? ` (${Math.round(digit.bounds.width)}×${Math.round(digit.bounds.height)} px on the pad)`
              : ''}
            .
          </li>
          <li>
            Scale the longer side to 20 px
            {digit?.scaleCapped
              ? ' (a very small drawing is scaled less, so a dot stays a dot)'
              : ''}
            , and redraw the strokes at MNIST's pen width, anti-aliased to grey levels:
            <canvas
              ref={box}
              className="digit tiny"
              aria-label="The cropped and scaled drawing"
              role="img"
            />
          </li>
          <li>
            Place it in the 28×28 frame with its centre of mass at the centre
            {digit
              ? ` (shifted by ${digit.shift.x.toFixed(1)}, ${digit.shift.y.toFixed(1)} px)`
              : ''}
            .
          </li>
        </ol>
      )}
    </div>
  );
}

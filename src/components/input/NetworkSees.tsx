import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { shownFixed } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import { paintDigit } from '../../viz/paintDigit';

/** The blank 28×28 image: what the network sees of an empty pad. */
const NOTHING = new Uint8Array(28 * 28);

/** The 28×28 image the network is given for the drawing, and on request how it was made. */
export function NetworkSees() {
  const digit = useAppStore((s) => s.drawnDigit);
  // A digit from a link arrives as pixels: there are no strokes whose preprocessing to show.
  const linked = useAppStore((s) => s.linkedDigit !== null);
  const [showSteps, setShowSteps] = useState(false);
  const m = useMessages();
  const say = m.app.input;
  const final = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    // A cleared pad gives the network nothing: the last digit must not stay as if it did.
    if (final.current) paintDigit(final.current, digit?.image ?? NOTHING, 28, 28);
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
            aria-label={say.sees}
            role="img"
          />
          <figcaption className="caption">{say.seesCaption}</figcaption>
        </figure>
        <button className="link" aria-expanded={showSteps} onClick={() => setShowSteps(!showSteps)}>
          {showSteps ? say.hideSteps : say.how}
        </button>
      </div>
      {showSteps && linked && (
        <p className="steps caption" data-testid="linked-digit-how">
          {say.linked}
        </p>
      )}
      {showSteps && !linked && (
        <ol className="steps caption">
          <li>
            {say.crop}
            {digit
              ? say.cropSize(Math.round(digit.bounds.width), Math.round(digit.bounds.height))
              : ''}
            {m.app.stop}
          </li>
          <li>
            {say.scale}
            {digit?.scaleCapped ? say.scaleCapped : ''}
            {say.redraw}
            <canvas ref={box} className="digit tiny" aria-label={say.scaled} role="img" />
          </li>
          <li>
            {say.place}
            {digit ? say.shift(shownFixed(digit.shift.x, 1), shownFixed(digit.shift.y, 1)) : ''}
            {m.app.stop}
          </li>
        </ol>
      )}
    </div>
  );
}

import { useMemo } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { liveChainRule } from '../../math/liveChainRule';
import { useAppStore } from '../../store/appStore';
import { focusedNeuron } from '../../store/viewSlice';
import { DigitPicks } from '../input/DigitPicks';
import { TexLines } from '../ui/TexLines';
import { useLiveLesson } from './useLiveLesson';
import './LiveChainRule.css';

/**
 * The chain rule of the hovered or selected neuron with the shown digit's numbers under the
 * current weights: the forward pass always, the backward pass down to ∂C/∂b once the digit has
 * a label. While training runs the numbers follow it a few times a second.
 */
export function LiveChainRule() {
  const neuron = useAppStore(focusedNeuron);
  const drawing = useAppStore((s) => s.inputSource === 'drawing');
  const drawnLabel = useAppStore((s) => s.drawnLabel);
  const setDrawnLabel = useAppStore((s) => s.setDrawnLabel);
  const live = useLiveLesson(neuron !== null);
  const m = useMessages();
  const say = m.app.live;
  const layer = neuron?.layer;
  const index = neuron?.index;
  const view = useMemo(() => {
    if (!live || layer === undefined || index === undefined) return null;
    const sizes = live.lesson.spec.sizes;
    if (layer < 1 || layer >= sizes.length || index >= sizes[layer]) return null;
    return liveChainRule(live.lesson, live.labelled, { layer, index }, m.app);
  }, [live, layer, index, m]);

  return (
    <section
      className="card chain-rule live-chain-rule"
      data-testid="live-chain-rule"
      data-weights-version={live?.weightsVersion}
      aria-label={say.card}
    >
      <h2>{say.heading}</h2>
      {!view || !live ? (
        <p className="caption">{say.hint}</p>
      ) : (
        <>
          <h3 data-testid="live-chain-rule-title">{view.title}</h3>
          <p className="caption">{say.following}</p>
          <div className="live-passes">
            <div className="live-pass">
              <h4>{say.forward}</h4>
              <TexLines lines={view.forward} />
            </div>
            <div className="live-pass">
              {live.labelled ? (
                <h4>{say.backward(live.lesson.label)}</h4>
              ) : (
                <p className="caption" data-testid="live-needs-label">
                  {say.needsLabel}
                </p>
              )}
              {/* A drawing's label is the user's word: asked for, and open to correction. */}
              {drawing && (
                <DigitPicks
                  label={say.picks}
                  value={drawnLabel}
                  testIdPrefix="live-label"
                  onPick={setDrawnLabel}
                />
              )}
              <TexLines lines={view.backward} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}

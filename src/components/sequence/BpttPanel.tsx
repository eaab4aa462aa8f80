import { useEffect, useState } from 'react';
import { messagesFor } from '../../i18n/catalogue';
import { useMessages } from '../../i18n/useMessages';
import { sequenceTexLines } from '../../math/sequenceTex';
import type { TexLine } from '../../math/texLine';
import type { AppState } from '../../store/appStore';
import { useAppStore } from '../../store/appStore';
import { hasShownDigit, settledReadingChanged, shownReading } from '../../sequence/shownReading';
import { TexLines } from '../ui/TexLines';

/** Formulas are re-typeset at most this often while a pen moves over the pad. */
const TYPESET_MS = 100;
/** The panel is a third of the screen: any derivation longer than this goes one "= …" per line. */
const STACK_AT = 60;

function linesOf(s: AppState): { lines: TexLine[]; title: string } | null {
  const shown = shownReading(s);
  const loaded = s.recurrentLoaded[s.sequenceCell];
  if (!shown || !loaded) return null;
  const m = messagesFor(s.language).sequence;
  const { point, unit, reading, input } = shown;
  return {
    title:
      point.phase === 'forward'
        ? m.panel.forwardTitle(point.t, unit + 1)
        : m.panel.backwardTitle(point.t, unit + 1),
    lines: sequenceTexLines({
      model: loaded.model,
      trace: reading.trace,
      input,
      target: reading.target,
      phase: point.phase,
      t: point.t,
      unit,
      words: m.tex,
    }),
  };
}

/**
 * The chain rule at the timeline's point, for one hidden unit, with this digit's numbers: the
 * forward step's gates and state, or BPTT's ∂L/∂h_t from ∂L/∂h_{t+1} and the step's share of
 * the weight gradients.
 */
export function BpttPanel() {
  const say = useMessages().sequence.panel;
  const noDigit = useAppStore((s) => !hasShownDigit(s));
  const [shown, setShown] = useState(() => linesOf(useAppStore.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const typeset = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setShown(linesOf(useAppStore.getState()));
      }, TYPESET_MS);
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.recurrentLoaded !== prev.recurrentLoaded || settledReadingChanged(s, prev)) typeset();
    });
    // A reading that arrived between the first render and this subscription is not missed.
    typeset();
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, []);
  return (
    <section className="card seq-panel" aria-label={say.heading} data-testid="seq-chain-rule">
      <h2>{shown?.title ?? say.heading}</h2>
      {shown ? (
        <TexLines lines={shown.lines} longAt={STACK_AT} />
      ) : (
        <p className="caption">{noDigit ? say.noDigit : say.waiting}</p>
      )}
      <p className="caption seq-unit-hint">{say.unitHint}</p>
    </section>
  );
}

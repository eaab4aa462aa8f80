import type { Messages } from '../../i18n/catalogue';
import type { AppState } from '../../store/appStore';
import { shownExample } from '../../store/shownExample';

type Shown = Pick<
  AppState,
  | 'page'
  | 'inputSource'
  | 'testSet'
  | 'firstDigits'
  | 'exampleIndex'
  | 'drawnDigit'
  | 'drawnLabel'
  | 'step'
  | 'selected'
  | 'labView'
  | 'sequenceCell'
  | 'sequenceStep'
>;

/** The digit on screen as a title names it: its label, or that it was drawn. */
function digitPart(s: Shown, t: Messages['deck']['sceneTitle']): string | null {
  const label = shownExample(s)?.label ?? null;
  if (s.inputSource === 'drawing') return label === null ? t.drawn : t.drawnAs(label);
  return label === null ? null : t.digit(label);
}

/**
 * A scene's automatic title, saying what it shows in the current language: the page, then what
 * sets this view apart on it ("Backprop · step 5 · digit 7", "Explore · digit 3 · neuron 2-5").
 */
export function sceneTitle(s: Shown, m: Messages): string {
  const t = m.deck.sceneTitle;
  const neuron = s.selected && t.neuron(`${s.selected.layer}-${s.selected.index}`);
  const parts: (string | null)[] = [m.app.nav.short[s.page]];
  if (s.page === 'explore') parts.push(digitPart(s, t), neuron);
  if (s.page === 'backprop') parts.push(t.step(s.step + 1), digitPart(s, t), neuron);
  if (s.page === 'lab') parts.push(m.lab.tabs[s.labView]);
  if (s.page === 'sequence') {
    parts.push(m.sequence.cells.name[s.sequenceCell], t.step(s.sequenceStep + 1));
  }
  return parts.filter((p) => p !== null).join(m.app.dot);
}

/** A deck's title as the page shows it: an untitled deck is named in the current language. */
export const shownDeckTitle = (title: string, untitled: string): string => title.trim() || untitled;

import type { DigitSet } from '../engine/dataset';
import { digitInput, greyInput } from '../engine/dataset';
import type { AppState } from './appStore';

/** The set that holds test digit `index` now: the whole test set, or its first digits. */
export function digitsHolding(
  s: Pick<AppState, 'testSet' | 'firstDigits'>,
  index: number,
): DigitSet | null {
  if (s.testSet) return s.testSet;
  return s.firstDigits && index < s.firstDigits.count ? s.firstDigits : null;
}

/** The digit on screen as network input, with its label when one is known (null: none yet). */
export function shownExample(
  s: Pick<
    AppState,
    'inputSource' | 'testSet' | 'firstDigits' | 'exampleIndex' | 'drawnDigit' | 'drawnLabel'
  >,
): { input: Float64Array; label: number | null } | null {
  if (s.inputSource === 'mnist') {
    const set = digitsHolding(s, s.exampleIndex);
    if (!set) return null;
    return { input: digitInput(set, s.exampleIndex), label: set.labels[s.exampleIndex] };
  }
  if (!s.drawnDigit) return null;
  return { input: greyInput(s.drawnDigit.image), label: s.drawnLabel };
}

import { digitInput, greyInput } from '../engine/dataset';
import type { AppState } from './appStore';

/** The digit on screen as network input, with its label when one is known (null: none yet). */
export function shownExample(
  s: Pick<AppState, 'inputSource' | 'testSet' | 'exampleIndex' | 'drawnDigit' | 'drawnLabel'>,
): { input: Float64Array; label: number | null } | null {
  if (s.inputSource === 'mnist') {
    if (!s.testSet) return null;
    return {
      input: digitInput(s.testSet, s.exampleIndex),
      label: s.testSet.labels[s.exampleIndex],
    };
  }
  if (!s.drawnDigit) return null;
  return { input: greyInput(s.drawnDigit.image), label: s.drawnLabel };
}

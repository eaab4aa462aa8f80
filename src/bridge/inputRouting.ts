import { preprocessDrawing } from '../data/preprocess/mnistify';
import { greyInput } from '../engine/dataset';
import { drawingFromPixels } from '../share/digitPixels';
import type { AppStore } from '../store/appStore';
import type { EngineBridge } from './engineBridge';

/**
 * Feeds the network whatever the user is looking at: the chosen MNIST test digit, or the
 * drawing, preprocessed the MNIST way at most once per animation frame while the pen moves
 * (the first move of a frame at once, so the answer is not a frame late).
 */
export function routeInput(store: AppStore, engine: EngineBridge): () => void {
  let frame = 0;
  let classifiedThisFrame = false;

  function classifyDrawing(): void {
    frame = 0;
    const s = store.getState();
    if (s.inputSource !== 'drawing') return;
    // A digit opened from a link stays until the first stroke, which clears it.
    const digit = s.linkedDigit
      ? drawingFromPixels(s.linkedDigit)
      : preprocessDrawing({ strokes: s.strokes, ...s.padSize });
    s.setDrawnDigit(digit);
    engine.setInput(digit ? greyInput(digit.image) : null, null);
  }

  return store.subscribe((s, prev) => {
    const switched = s.inputSource !== prev.inputSource;
    if (s.inputSource === 'mnist') {
      if (switched || s.exampleIndex !== prev.exampleIndex || s.testSet !== prev.testSet) {
        engine.showTestDigit(s.exampleIndex);
      }
    } else if (switched || s.strokesVersion !== prev.strokesVersion || s.padSize !== prev.padSize) {
      // The first change of a frame is classified at once; later ones wait for the next frame.
      if (!frame && !classifiedThisFrame) {
        classifyDrawing();
        classifiedThisFrame = true;
        requestAnimationFrame(() => (classifiedThisFrame = false));
      } else {
        frame ||= requestAnimationFrame(classifyDrawing);
      }
    }
  });
}

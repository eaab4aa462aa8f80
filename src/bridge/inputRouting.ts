import { preprocessDrawing } from '../data/preprocess/mnistify';
import { greyInput } from '../engine/dataset';
import { drawingFromPixels } from '../share/digitPixels';
import type { AppState, AppStore } from '../store/appStore';
import { digitsHolding } from '../store/shownExample';
import type { EngineBridge } from './engineBridge';

/** Whether the digit the network should see differs between two states. */
function inputChanged(s: AppState, prev: AppState): boolean {
  if (s.inputSource !== prev.inputSource) return true;
  if (s.inputSource === 'mnist') {
    // The whole set arriving after its first digits changes nothing already on screen.
    const held = (state: AppState) => digitsHolding(state, state.exampleIndex) !== null;
    return s.exampleIndex !== prev.exampleIndex || held(s) !== held(prev);
  }
  return s.strokesVersion !== prev.strokesVersion || s.padSize !== prev.padSize;
}

/**
 * Feeds the network whatever the user is looking at: the chosen MNIST test digit, or the
 * drawing, preprocessed the MNIST way at most once per animation frame while the pen moves
 * (the first move of a frame at once, so the answer is not a frame late). Once the engine has
 * stopped for good, a new digit takes the old one's answer off screen instead: the page's
 * answers stop with the engine, so a reload gives both back together.
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
    s.setDrawnDigit(digit, s.strokesVersion);
    engine.setInput(digit ? greyInput(digit.image) : null, null);
  }

  return store.subscribe((s, prev) => {
    if (!inputChanged(s, prev)) return;
    if (s.engineStopped) s.setProbe(null);
    if (s.inputSource === 'mnist') {
      engine.showTestDigit(s.exampleIndex);
    } else if (!frame && !classifiedThisFrame) {
      // The first change of a frame is classified at once; later ones wait for the next frame.
      classifyDrawing();
      classifiedThisFrame = true;
      requestAnimationFrame(() => (classifiedThisFrame = false));
    } else {
      frame ||= requestAnimationFrame(classifyDrawing);
    }
  });
}

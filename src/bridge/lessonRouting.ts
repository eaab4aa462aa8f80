import { digitInput } from '../engine/dataset';
import { sameValues } from '../math/sameValues';
import type { AppState, AppStore } from '../store/appStore';
import { shownExample } from '../store/shownExample';
import type { EngineBridge } from './engineBridge';

/** How many test digits the mini-batch view traces alongside the lesson's example. */
export const LESSON_BATCH_SIZE = 10;

/** The labelled example the timeline traces, or why there is none. */
function lessonExample(s: AppState): { input: Float64Array; label: number } | 'needs-label' | null {
  // A test digit's lesson traces its mini-batch from the whole set: it waits for it.
  if (s.inputSource === 'mnist' && !s.testSet) return null;
  const example = shownExample(s);
  if (example?.label != null) return { input: example.input, label: example.label };
  return s.inputSource === 'drawing' ? 'needs-label' : null;
}

/** What a lesson depends on: when any of these change, the timeline starts over. */
function lessonKey(s: AppState): unknown[] {
  const drawing = s.inputSource === 'drawing';
  return [
    s.page,
    s.inputSource,
    s.model,
    s.testSet,
    s.lessonRate,
    drawing ? (s.drawnDigit?.image ?? null) : s.exampleIndex,
    drawing ? s.drawnLabel : null,
  ];
}

/**
 * Whether two key entries are the same; a drawing's pixels count by value: the pad's size
 * settling makes the same digit again, and that must not take a lesson back to its first step.
 */
function sameEntry(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return sameValues(a, b);
  return a === b;
}

/**
 * On the backprop page, asks the worker for a fresh lesson whenever the example, its label,
 * the model or η changes. The record then stays fixed while the user scrubs.
 */
export function routeLessons(store: AppStore, engine: EngineBridge): () => void {
  async function trace(s: AppState): Promise<void> {
    const example = lessonExample(s);
    const request = s.requestLesson();
    if (example === null) return;
    if (example === 'needs-label') return s.setLessonStatus(request, 'needs-label');
    const set = s.testSet;
    const indices = set
      ? Array.from({ length: LESSON_BATCH_SIZE }, (_, i) => (s.exampleIndex + i) % set.count)
      : [];
    const batch = {
      inputs: set ? indices.map((i) => digitInput(set, i)) : [],
      labels: set ? indices.map((i) => set.labels[i]) : [],
    };
    try {
      const reply = await engine.lesson(example.input, example.label, s.lessonRate, batch);
      if (reply) store.getState().setLesson(request, reply.lesson, { indices, trace: reply.batch });
    } catch {
      store.getState().setLessonStatus(request, 'failed');
    }
  }

  let key: unknown[] = [];
  return store.subscribe((s) => {
    if (s.page !== 'backprop') {
      key = [];
      return;
    }
    const next = lessonKey(s);
    if (next.some((k, i) => !sameEntry(k, key[i]))) {
      key = next;
      void trace(s);
    }
  });
}

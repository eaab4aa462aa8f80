import type { StateCreator } from 'zustand';
import type { BackpropLesson } from '../engine/lesson';
import type { BatchTrace } from '../engine/trace';
import { backpropSteps } from '../backprop/steps';
import type { EdgeId } from '../vocabulary';
import { sameEdge } from '../vocabulary';
import type { AppState } from './appStore';

export type LessonStatus = 'idle' | 'tracing' | 'ready' | 'needs-label' | 'failed';

/** The mini-batch traced with the lesson: which test digits, and their traces. */
export interface LessonBatch {
  indices: number[];
  trace: BatchTrace;
}

export interface BackpropSlice {
  lesson: BackpropLesson | null;
  lessonBatch: LessonBatch | null;
  lessonStatus: LessonStatus;
  /** Identifies the newest lesson request, so a late reply to an older one is dropped. */
  lessonRequest: number;
  step: number;
  playing: boolean;
  /** The digit the user says they drew (MNIST digits bring their own label). */
  drawnLabel: number | null;
  /** η of the timeline's update step. */
  lessonRate: number;
  hoveredEdge: EdgeId | null;
  selectedEdge: EdgeId | null;
  requestLesson(): number;
  setLesson(request: number, lesson: BackpropLesson, batch: LessonBatch): void;
  setLessonStatus(request: number, status: LessonStatus): void;
  setStep(step: number): void;
  setPlaying(playing: boolean): void;
  setDrawnLabel(label: number | null): void;
  setLessonRate(rate: number): void;
  hoverEdge(edge: EdgeId | null): void;
  selectEdge(edge: EdgeId | null): void;
}

const stepCount = (s: AppState) =>
  s.lesson ? backpropSteps(s.lesson.spec.sizes.length).length : 1;

export const createBackpropSlice: StateCreator<AppState, [], [], BackpropSlice> = (set, get) => ({
  lesson: null,
  lessonBatch: null,
  lessonStatus: 'idle',
  lessonRequest: 0,
  step: 0,
  playing: false,
  drawnLabel: null,
  lessonRate: 1,
  hoveredEdge: null,
  selectedEdge: null,
  requestLesson: () => {
    const request = get().lessonRequest + 1;
    // The old record goes at once: nothing on screen may mix it with the new example.
    set({ lessonRequest: request, lesson: null, lessonBatch: null, lessonStatus: 'tracing' });
    set({ step: 0, playing: false, hoveredEdge: null, selectedEdge: null });
    return request;
  },
  setLesson: (request, lesson, lessonBatch) =>
    set((s) => (s.lessonRequest === request ? { lesson, lessonBatch, lessonStatus: 'ready' } : s)),
  setLessonStatus: (request, lessonStatus) =>
    set((s) =>
      s.lessonRequest === request
        ? { lessonStatus, lesson: null, lessonBatch: null, step: 0, playing: false }
        : s,
    ),
  setStep: (step) =>
    set((s) => ({ step: Math.max(0, Math.min(stepCount(s) - 1, Math.round(step))) })),
  setPlaying: (playing) => set({ playing }),
  setDrawnLabel: (drawnLabel) => set({ drawnLabel }),
  setLessonRate: (lessonRate) => set({ lessonRate }),
  hoverEdge: (edge) => set((s) => (sameEdge(s.hoveredEdge, edge) ? s : { hoveredEdge: edge })),
  selectEdge: (edge) =>
    set((s) => ({ selectedEdge: sameEdge(s.selectedEdge, edge) ? null : edge })),
});

import type { StateCreator } from 'zustand';
import type { Motion } from '../lessons/lessonTypes';
import type { AppState } from './appStore';

/** Which lesson is playing: the built-in course, or the teacher's deck. */
export type LessonSource = 'course' | 'deck';

/** Where a lesson stands: a slide (a scene or one of its builds) of its source, from 0. */
export interface Presentation {
  source: LessonSource;
  slide: number;
}

/** A motion to play on the network: `at` tells two cues of the same kind apart. */
export interface MotionCue {
  kind: Motion;
  at: number;
}

export interface PresentationSlice {
  /** The lesson playing, or null outside lesson mode. */
  presentation: Presentation | null;
  /** The stage blanked (B), as presentation software does; the lesson stays where it is. */
  blanked: boolean;
  /** Whether the slide's scene is on screen yet (its model, digit and step in place). */
  slideShown: boolean;
  motionCue: MotionCue | null;
  /** Moves the lesson; `replay` shows the slide afresh even when it is already the one shown. */
  present(presentation: Presentation | null, replay?: boolean): void;
  setSlideShown(shown: boolean): void;
  setBlanked(blanked: boolean): void;
  cueMotion(kind: Motion): void;
}

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (
  set,
) => ({
  presentation: null,
  blanked: false,
  slideShown: false,
  motionCue: null,
  present: (presentation, replay = false) =>
    set((s) =>
      !replay &&
      s.presentation?.source === presentation?.source &&
      s.presentation?.slide === presentation?.slide
        ? s
        : { presentation, blanked: presentation ? s.blanked : false, slideShown: false },
    ),
  setSlideShown: (slideShown) => set({ slideShown }),
  setBlanked: (blanked) => set({ blanked }),
  cueMotion: (kind) => set((s) => ({ motionCue: { kind, at: (s.motionCue?.at ?? 0) + 1 } })),
});

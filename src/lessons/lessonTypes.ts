import type { Language } from '../i18n/language';

/**
 * The words of lessons and decks: what a scene is made of, for the built-in course (written in
 * every interface language) and for a teacher's own deck (written once, in the teacher's words).
 * A leaf: the store, the player, the presenter window and the content all speak it.
 */

/** A text in each interface language. */
export type Words = Record<Language, string>;

/** Motion drawn on the network when a scene opens: a signal flowing forward or backward. */
export type Motion = 'forward' | 'backward';

/** A further state inside a scene, reached with the next key before the scene after it. */
export interface SceneBuild {
  /** Lesson-link fields this build changes, merged over the scene's own (e.g. "step=6"). */
  query?: string;
  /** The data-testid of what the build puts in the spotlight; the scene's if not given. */
  focus?: string;
  /** Replaces the scene's narration from this build on. */
  narration?: Words;
  /** Replaces the scene's formula from this build on (KaTeX). */
  formula?: string;
  motion?: Motion;
}

/** One idea of the built-in course: one focus, a short narration, the live app underneath. */
export interface CourseScene {
  /** Stable and unique across the course, e.g. "descent-learning-rate". */
  id: string;
  title: Words;
  /** At most three sentences. */
  narration: Words;
  /** KaTeX, the same in every language; absent where no formula belongs. */
  formula?: string;
  /**
   * What the app shows, as a lesson link's query without "?" (e.g. "page=backprop&ex=0&step=3").
   * Fields it leaves out keep the class's own state (a digit drawn stays), except the neuron:
   * no neuron field means none selected. No display settings (language, theme, projector).
   */
  query: string;
  /** The data-testid of the region in the spotlight; the rest of the page is dimmed. */
  focus: string;
  motion?: Motion;
  builds?: readonly SceneBuild[];
}

export interface Chapter {
  /** Stable, e.g. "network". */
  id: string;
  title: Words;
  scenes: readonly CourseScene[];
}

/** A scene of a teacher's deck: the state a lesson link holds, with the teacher's words. */
export interface DeckScene {
  title: string;
  note: string;
  /** A lesson link's query without "?", as the page wrote it when the scene was added. */
  query: string;
}

export interface Deck {
  title: string;
  scenes: DeckScene[];
}

/**
 * One position of a lesson as the player shows it, in the current language: a scene or one of
 * its builds. `scene` counts scenes from 0 (the progress reads scene + 1 / scene count).
 */
export interface Slide {
  scene: number;
  build: number;
  title: string;
  narration: string;
  formula?: string;
  /** The chapter's title (built-in lessons only). */
  chapter?: string;
  query: string;
  focus?: string;
  motion?: Motion;
}

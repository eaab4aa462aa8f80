import type { Language } from '../i18n/language';
import type { Chapter, Deck, Slide } from './lessonTypes';

/** A build's link fields over its scene's: the build's win, the rest stay. */
export function mergeQuery(base: string, over: string | undefined): string {
  if (!over) return base;
  const merged = new URLSearchParams(base);
  new URLSearchParams(over).forEach((value, key) => merged.set(key, value));
  return merged.toString();
}

/**
 * The built-in course as the player walks it, in one language: each scene, then each of its
 * builds (a build keeps what it does not change: narration, formula, focus, the scene's link).
 */
export function courseSlides(chapters: readonly Chapter[], language: Language): Slide[] {
  const slides: Slide[] = [];
  let scene = 0;
  for (const chapter of chapters) {
    for (const s of chapter.scenes) {
      let slide: Slide = {
        scene,
        build: 0,
        title: s.title[language],
        narration: s.narration[language],
        formula: s.formula,
        chapter: chapter.title[language],
        query: s.query,
        focus: s.focus,
        motion: s.motion,
      };
      slides.push(slide);
      (s.builds ?? []).forEach((b, i) => {
        slide = {
          ...slide,
          build: i + 1,
          narration: b.narration?.[language] ?? slide.narration,
          formula: b.formula ?? slide.formula,
          query: mergeQuery(slide.query, b.query),
          focus: b.focus ?? slide.focus,
          // Motion belongs to the moment it is cued: a build without its own plays none.
          motion: b.motion,
        };
        slides.push(slide);
      });
      scene++;
    }
  }
  return slides;
}

/** A teacher's deck as the player walks it: one slide per scene, the note as narration. */
export function deckSlides(deck: Deck): Slide[] {
  return deck.scenes.map((s, scene) => ({
    scene,
    build: 0,
    title: s.title,
    narration: s.note,
    query: s.query,
  }));
}

/** How many scenes the slides hold (the "n" of "k / n"). */
export const sceneTotal = (slides: readonly Slide[]): number =>
  slides.length === 0 ? 0 : slides[slides.length - 1].scene + 1;

/** The first slide of each chapter, with its title (built-in lessons only). */
export function chapterStarts(slides: readonly Slide[]): { slide: number; title: string }[] {
  const starts: { slide: number; title: string }[] = [];
  slides.forEach((s, i) => {
    if (s.chapter !== undefined && s.chapter !== slides[i - 1]?.chapter) {
      starts.push({ slide: i, title: s.chapter });
    }
  });
  return starts;
}

/** Where a presenter key leads from `slide`, kept within the slides. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last';

export function movedSlide(slides: readonly Slide[], slide: number, move: SlideMove): number {
  const last = slides.length - 1;
  const to = { next: slide + 1, previous: slide - 1, first: 0, last }[move];
  return Math.max(0, Math.min(last, to));
}

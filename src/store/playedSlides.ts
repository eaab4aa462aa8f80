import type { Language } from '../i18n/language';
import { COURSE } from '../lessons/course/course';
import type { Deck, Slide } from '../lessons/lessonTypes';
import { courseSlides, deckSlides } from '../lessons/slides';
import type { AppState } from './appStore';
import { currentDeck } from './deckSlice';
import type { LessonSource } from './presentationSlice';

const courseByLanguage = new Map<Language, Slide[]>();
const deckSlidesOf = new WeakMap<Deck, Slide[]>();

/**
 * The slides of a lesson source as the player walks them, in the current language. The same
 * array while nothing they are made of changes, so a component can select it from the store.
 */
export function slidesOf(s: AppState, source: LessonSource): Slide[] {
  if (source === 'course') {
    let slides = courseByLanguage.get(s.language);
    if (!slides) courseByLanguage.set(s.language, (slides = courseSlides(COURSE, s.language)));
    return slides;
  }
  const deck = currentDeck(s);
  let slides = deckSlidesOf.get(deck);
  if (!slides) deckSlidesOf.set(deck, (slides = deckSlides(deck)));
  return slides;
}

/** The slide on screen, with the slides it belongs to; null outside lesson mode. */
export function playedSlide(s: AppState): { slides: Slide[]; slide: Slide; at: number } | null {
  if (!s.presentation) return null;
  const slides = slidesOf(s, s.presentation.source);
  const slide = slides[s.presentation.slide];
  return slide ? { slides, slide, at: s.presentation.slide } : null;
}

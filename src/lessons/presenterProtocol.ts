import type { Language } from '../i18n/language';
import { isLanguage } from '../i18n/language';
import type { SlideMove } from './slides';

/**
 * Messages between the stage (the window the class sees) and the presenter window, on one
 * BroadcastChannel of the page's own origin: it works offline and needs no server.
 */
export const PRESENTER_CHANNEL = 'deltascope-presenter';

/** What the presenter window shows of a slide. */
export interface SlideNotes {
  scene: number;
  title: string;
  narration: string;
  formula?: string;
  chapter?: string;
}

export type StageMessage =
  | {
      type: 'lesson';
      slides: SlideNotes[];
      slide: number;
      total: number;
      blanked: boolean;
      language: Language;
    }
  | { type: 'no-lesson'; language: Language };

export type PresenterMessage =
  | { type: 'hello' }
  | { type: 'move'; move: SlideMove }
  | { type: 'go'; slide: number }
  | { type: 'blank'; blanked: boolean }
  | { type: 'start' };

const MOVES: readonly string[] = ['next', 'previous', 'first', 'last'];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isIndex = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isText = (x: unknown): x is string => typeof x === 'string';

/** A message from the presenter window, or null for anything else on the channel. */
export function presenterMessage(data: unknown): PresenterMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'hello':
    case 'start':
      return { type: data.type };
    case 'move':
      return isText(data.move) && MOVES.includes(data.move)
        ? { type: 'move', move: data.move as SlideMove }
        : null;
    case 'go':
      return isIndex(data.slide) ? { type: 'go', slide: data.slide } : null;
    case 'blank':
      return typeof data.blanked === 'boolean' ? { type: 'blank', blanked: data.blanked } : null;
    default:
      return null;
  }
}

const isNotes = (x: unknown): x is SlideNotes =>
  isRecord(x) &&
  isIndex(x.scene) &&
  isText(x.title) &&
  isText(x.narration) &&
  (x.formula === undefined || isText(x.formula)) &&
  (x.chapter === undefined || isText(x.chapter));

/** A message from the stage, or null for anything else on the channel. */
export function stageMessage(data: unknown): StageMessage | null {
  if (!isRecord(data)) return null;
  if (!isLanguage(data.language)) return null;
  if (data.type === 'no-lesson') return { type: 'no-lesson', language: data.language };
  if (
    data.type === 'lesson' &&
    Array.isArray(data.slides) &&
    data.slides.every(isNotes) &&
    isIndex(data.slide) &&
    data.slide < data.slides.length &&
    isIndex(data.total) &&
    typeof data.blanked === 'boolean'
  ) {
    return {
      type: 'lesson',
      slides: data.slides,
      slide: data.slide,
      total: data.total,
      blanked: data.blanked,
      language: data.language,
    };
  }
  return null;
}

import type { Chapter } from '../lessonTypes';
import { BACKPROP_CHAPTER } from './backpropChapter';
import { CALCULUS_CHAPTER } from './calculusChapter';
import { DESCENT_CHAPTER } from './descentChapter';
import { NETWORK_CHAPTER } from './networkChapter';
import { RECURRENCE_CHAPTER } from './recurrenceChapter';

/** The built-in lessons in the course's order: structure, descent, backprop, calculus, recurrence. */
export const COURSE: readonly Chapter[] = [
  NETWORK_CHAPTER,
  DESCENT_CHAPTER,
  BACKPROP_CHAPTER,
  CALCULUS_CHAPTER,
  RECURRENCE_CHAPTER,
];

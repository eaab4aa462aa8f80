import { appEn } from './en/app';
import { deckEn } from './en/deck';
import { descentEn } from './en/descent';
import { labEn } from './en/lab';
import { lessonEn } from './en/lesson';
import { projectorEn } from './en/projector';
import { sequenceEn } from './en/sequence';
import { shareEn } from './en/share';
import { systemEn } from './en/system';
import type { Language } from './language';
import { appZh } from './zh/app';
import { deckZh } from './zh/deck';
import { descentZh } from './zh/descent';
import { labZh } from './zh/lab';
import { lessonZh } from './zh/lesson';
import { projectorZh } from './zh/projector';
import { sequenceZh } from './zh/sequence';
import { shareZh } from './zh/share';
import { systemZh } from './zh/system';

const en = {
  app: appEn,
  lab: labEn,
  lesson: lessonEn,
  descent: descentEn,
  projector: projectorEn,
  sequence: sequenceEn,
  share: shareEn,
  system: systemEn,
  deck: deckEn,
};

/** Every string the interface shows, by area; the Chinese catalogue has the same shape. */
export type Messages = typeof en;

const zh: Messages = {
  app: appZh,
  lab: labZh,
  lesson: lessonZh,
  descent: descentZh,
  projector: projectorZh,
  sequence: sequenceZh,
  share: shareZh,
  system: systemZh,
  deck: deckZh,
};

export const messagesFor = (language: Language): Messages => (language === 'zh' ? zh : en);

/** Text said in whatever language is current when it is shown (notices outlive a switch). */
export type Say = (m: Messages) => string;

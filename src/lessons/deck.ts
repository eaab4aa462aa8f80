import type { SceneProblem } from '../share/scene';
import { decodeScene, hasScene } from '../share/scene';
import type { Deck, DeckScene } from './lessonTypes';

/**
 * A teacher's deck as a file and as a link: writing it, and reading one back with every field
 * checked, so a bad file or link is refused whole (with the reason) and changes nothing.
 */

export const DECK_FORMAT = 'deltascope-deck';
export const DECK_VERSION = 1;
export const MAX_DECK_SCENES = 200;
/** How long each text may be, in UTF-16 units (what an input's maxLength counts). */
export const DECK_TEXT_MAX = { title: 120, note: 1_000, query: 8_000 } as const;
/** Far above the largest deck allowed (200 scenes of the longest texts); a larger file is not one. */
export const MAX_DECK_FILE_CHARS = 2_000_000;
/** Long enough for a long lesson link, short enough for chat and e-mail programs to keep whole. */
export const MAX_DECK_LINK_CHARS = 2_000;
/** The lesson-link field a deck travels in. */
export const DECK_LINK_KEY = 'deck';

/** A text of the deck (scene null) or of one of its scenes. */
export type DeckTextField = keyof typeof DECK_TEXT_MAX;

/**
 * Why a deck file or link was refused, as data: the page says it in the current language
 * (src/i18n/<language>/deck.ts). `scene` counts from 1, as the teacher would.
 */
export type DeckProblem =
  | { code: 'tooLarge'; max: number }
  | { code: 'notJson' }
  | { code: 'notDeck' }
  | { code: 'version'; found: string }
  | { code: 'noScenes' }
  | { code: 'tooManyScenes'; count: number; max: number }
  | { code: 'notScene'; scene: number }
  /** A text that is missing (not a string) or longer than `max`; scene null: the deck's title. */
  | {
      code: 'text';
      scene: number | null;
      field: DeckTextField;
      issue: 'missing' | 'tooLong';
      max: number;
    }
  | { code: 'noSceneFields'; scene: number }
  | { code: 'sceneFields'; scene: number; problems: SceneProblem[] }
  | { code: 'badLink' };

export type DeckReading = { deck: Deck } | { problem: DeckProblem };

/** What a deck is checked against when read. */
export interface DeckChecks {
  /**
   * The shipped models a scene may name: given, every scene's query is decoded and must be
   * wholly usable; not given (the browser's own saved decks), it need only carry a scene field.
   */
  modelIds?: readonly string[];
  /** The browser's own decks may be empty; a file or link brings at least one scene. */
  mayBeEmpty?: boolean;
}

/** Short enough to stand in a message; cut between characters, not inside one. */
const shown = (value: unknown) => {
  const characters = Array.from(JSON.stringify(value) ?? String(value));
  return characters.length > 24 ? `${characters.slice(0, 24).join('')}…` : characters.join('');
};

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** The text's problem, if it is not a string or is too long. */
function textProblem(raw: unknown, scene: number | null, field: DeckTextField): DeckProblem | null {
  const max = DECK_TEXT_MAX[field];
  if (typeof raw !== 'string') return { code: 'text', scene, field, issue: 'missing', max };
  return raw.length > max ? { code: 'text', scene, field, issue: 'tooLong', max } : null;
}

/** The scene at `scene` (from 1), or why it cannot be used. */
function readScene(
  raw: unknown,
  scene: number,
  checks: DeckChecks,
): { scene: DeckScene } | { problem: DeckProblem } {
  if (!isRecord(raw)) return { problem: { code: 'notScene', scene } };
  for (const field of ['title', 'note', 'query'] as const) {
    const problem = textProblem(raw[field], scene, field);
    if (problem) return { problem };
  }
  const { title, note, query } = raw as Record<DeckTextField, string>;
  if (!hasScene(query)) return { problem: { code: 'noSceneFields', scene } };
  if (checks.modelIds) {
    const { problems } = decodeScene(query, checks.modelIds);
    if (problems.length > 0) return { problem: { code: 'sceneFields', scene, problems } };
  }
  return { scene: { title, note, query } };
}

/** A parsed deck file's object as a deck, or the first thing wrong with it. */
export function readDeck(raw: unknown, checks: DeckChecks): DeckReading {
  if (!isRecord(raw) || raw.format !== DECK_FORMAT) return { problem: { code: 'notDeck' } };
  if (raw.version !== DECK_VERSION) {
    return { problem: { code: 'version', found: shown(raw.version) } };
  }
  const titleProblem = textProblem(raw.title, null, 'title');
  if (titleProblem) return { problem: titleProblem };
  if (!Array.isArray(raw.scenes)) return { problem: { code: 'noScenes' } };
  const count = raw.scenes.length;
  if (count === 0 && !checks.mayBeEmpty) return { problem: { code: 'noScenes' } };
  if (count > MAX_DECK_SCENES) {
    return { problem: { code: 'tooManyScenes', count, max: MAX_DECK_SCENES } };
  }
  const scenes: DeckScene[] = [];
  for (const [i, item] of raw.scenes.entries()) {
    const read = readScene(item, i + 1, checks);
    if ('problem' in read) return read;
    scenes.push(read.scene);
  }
  return { deck: { title: raw.title as string, scenes } };
}

/** The deck as the file format's object: only its own fields, in a fixed order. */
export const deckFile = (deck: Deck) => ({
  format: DECK_FORMAT,
  version: DECK_VERSION,
  title: deck.title,
  scenes: deck.scenes.map(({ title, note, query }) => ({ title, note, query })),
});

/** The deck file's text, indented so a teacher can read and edit it. */
export const deckFileText = (deck: Deck): string => JSON.stringify(deckFile(deck), null, 2);

/** Characters a file name cannot hold on some system, and invisible ones. */
const NOT_IN_FILE_NAMES = /[\p{Cc}\p{Cf}\\/:*?"<>|]+/gu;

/** "<title>.deltascope-deck.json", the title made safe for any file system. */
export function deckFileName(deck: Deck): string {
  const name = Array.from(deck.title.replace(NOT_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim())
    .slice(0, 80)
    .join('')
    .trim();
  return `${name || 'deck'}.${DECK_FORMAT}.json`;
}

/** A deck file's text as a deck, or why it cannot be used. */
export function parseDeckFile(text: string, modelIds: readonly string[]): DeckReading {
  if (text.length > MAX_DECK_FILE_CHARS) {
    return { problem: { code: 'tooLarge', max: MAX_DECK_FILE_CHARS } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: { code: 'notJson' } };
  }
  return readDeck(raw, { modelIds });
}

function base64url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The UTF-8 text a base64url field holds, or null if it holds none. */
function fromBase64url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return null;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A link on `base` (the page's address without query) that opens the deck, or null when it
 * would be longer than MAX_DECK_LINK_CHARS: the deck is then shared as a file.
 */
export function deckLink(deck: Deck, base: string): string | null {
  const query = new URLSearchParams({ [DECK_LINK_KEY]: base64url(JSON.stringify(deckFile(deck))) });
  const link = `${base}?${query}`;
  return link.length > MAX_DECK_LINK_CHARS ? null : link;
}

/** The deck a page address's query carries, why it cannot be used, or null if it has none. */
export function deckFromQuery(search: string, modelIds: readonly string[]): DeckReading | null {
  const code = new URLSearchParams(search).get(DECK_LINK_KEY);
  if (code === null) return null;
  if (code.length > MAX_DECK_FILE_CHARS) {
    return { problem: { code: 'tooLarge', max: MAX_DECK_FILE_CHARS } };
  }
  const text = fromBase64url(code);
  return text === null ? { problem: { code: 'badLink' } } : parseDeckFile(text, modelIds);
}

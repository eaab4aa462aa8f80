import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/catalogue';
import { DECK_PROBLEMS } from './deckProblems.fixture';
import {
  DECK_TEXT_MAX,
  deckFileName,
  deckFileText,
  deckFromQuery,
  deckLink,
  MAX_DECK_LINK_CHARS,
  MAX_DECK_SCENES,
  parseDeckFile,
} from './deck';
import type { Deck } from './lessonTypes';
import { parseSavedDecks, savedDecksText } from './savedDecks';

const MODELS = ['3b1b', 'best'];
const BASE = 'http://127.0.0.1:5185/';

const deck: Deck = {
  title: 'Backprop in two scenes · 反向传播',
  scenes: [
    {
      title: 'Backprop · step 5 · digit 7',
      note: 'Watch the error.',
      query: 'page=backprop&ex=0&step=5&model=3b1b',
    },
    { title: 'Explore · digit 3', note: '', query: 'page=explore&ex=18&neuron=2-5' },
  ],
};

/** A deck file's text with its parsed object changed by `edit`. */
function edited(edit: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(deckFileText(deck)) as Record<string, unknown>;
  edit(file);
  return JSON.stringify(file);
}

const problemOf = (text: string) => {
  const read = parseDeckFile(text, MODELS);
  return 'problem' in read ? read.problem : null;
};

const sceneList = (file: Record<string, unknown>) => file.scenes as Record<string, unknown>[];

describe('a deck file', () => {
  it('reads back the deck it was written from', () => {
    const text = deckFileText(deck);
    expect(JSON.parse(text)).toMatchObject({ format: 'deltascope-deck', version: 1 });
    expect(parseDeckFile(text, MODELS)).toEqual({ deck });
  });

  it('keeps only the fields of the format', () => {
    const extra = { ...deck, scenes: [{ ...deck.scenes[0], id: 7 }], author: 'x' };
    expect(Object.keys(JSON.parse(deckFileText(extra)).scenes[0])).toEqual([
      'title',
      'note',
      'query',
    ]);
  });

  it('refuses what is not JSON, not a deck, or of another version', () => {
    expect(problemOf('{"format": ')).toEqual({ code: 'notJson' });
    expect(problemOf('[1, 2]')).toEqual({ code: 'notDeck' });
    expect(problemOf(edited((f) => (f.format = 'deltascope-model')))).toEqual({ code: 'notDeck' });
    expect(problemOf(edited((f) => (f.version = 2)))).toEqual({ code: 'version', found: '2' });
    expect(problemOf(' '.repeat(2_000_001))).toEqual({ code: 'tooLarge', max: 2_000_000 });
  });

  it('refuses a deck without scenes or with too many', () => {
    expect(problemOf(edited((f) => (f.scenes = [])))).toEqual({ code: 'noScenes' });
    expect(problemOf(edited((f) => delete f.scenes))).toEqual({ code: 'noScenes' });
    const many = Array.from({ length: MAX_DECK_SCENES + 1 }, () => deck.scenes[0]);
    expect(problemOf(edited((f) => (f.scenes = many)))).toEqual({
      code: 'tooManyScenes',
      count: 201,
      max: 200,
    });
  });

  it('names the text that is missing or too long, and its scene from 1', () => {
    expect(problemOf(edited((f) => delete f.title))).toEqual({
      code: 'text',
      scene: null,
      field: 'title',
      issue: 'missing',
      max: 120,
    });
    expect(problemOf(edited((f) => (sceneList(f)[1].note = 'n'.repeat(1_001))))).toEqual({
      code: 'text',
      scene: 2,
      field: 'note',
      issue: 'tooLong',
      max: DECK_TEXT_MAX.note,
    });
    expect(problemOf(edited((f) => (sceneList(f)[1].query = 42)))).toMatchObject({
      scene: 2,
      field: 'query',
      issue: 'missing',
    });
    expect(problemOf(edited((f) => ((f.scenes as unknown[])[0] = 'page=lab')))).toEqual({
      code: 'notScene',
      scene: 1,
    });
  });

  it('accepts texts exactly at their limits, and an empty note', () => {
    const full: Deck = {
      title: 't'.repeat(120),
      scenes: [{ title: 's'.repeat(120), note: '', query: 'page=lab&x='.padEnd(8_000, 'q') }],
    };
    expect(parseDeckFile(deckFileText(full), MODELS)).toEqual({ deck: full });
  });

  it('refuses a scene whose query shows nothing, or has values a link cannot use', () => {
    expect(problemOf(edited((f) => (sceneList(f)[1].query = 'hello=1')))).toEqual({
      code: 'noSceneFields',
      scene: 2,
    });
    expect(
      problemOf(edited((f) => (sceneList(f)[0].query = 'page=backprop&step=99&model=nope'))),
    ).toEqual({
      code: 'sceneFields',
      scene: 1,
      problems: [
        { key: 'model', value: 'nope' },
        { key: 'step', value: '99' },
      ],
    });
  });
});

describe('a deck link', () => {
  it('opens the deck it was made from, whatever its script', () => {
    const link = deckLink(deck, BASE);
    expect(link).not.toBeNull();
    const url = new URL(link!);
    expect(url.searchParams.get('deck')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(deckFromQuery(url.search, MODELS)).toEqual({ deck });
  });

  it('is null when it would be longer than a link may be', () => {
    const long: Deck = { ...deck, scenes: [{ ...deck.scenes[0], note: 'n'.repeat(1_000) }] };
    const longer: Deck = { ...long, scenes: [long.scenes[0], long.scenes[0]] };
    expect(deckLink(long, BASE)!.length).toBeLessThanOrEqual(MAX_DECK_LINK_CHARS);
    expect(deckLink(longer, BASE)).toBeNull();
  });

  it('is absent from an ordinary lesson link, and refused when damaged', () => {
    expect(deckFromQuery('?page=backprop&step=3', MODELS)).toBeNull();
    expect(deckFromQuery('?deck=%%%', MODELS)).toEqual({ problem: { code: 'badLink' } });
    expect(deckFromQuery('?deck=_w', MODELS)).toEqual({ problem: { code: 'badLink' } });
    const cut = new URL(deckLink(deck, BASE)!).searchParams.get('deck')!.slice(0, 40);
    expect(deckFromQuery(`?deck=${cut}`, MODELS)).toEqual({ problem: { code: 'notJson' } });
  });
});

describe('a deck file name', () => {
  it('is the title, made safe for any file system', () => {
    expect(deckFileName(deck)).toBe('Backprop in two scenes · 反向传播.deltascope-deck.json');
    expect(deckFileName({ title: 'a/b:c?\u202e', scenes: [] })).toBe('a b c.deltascope-deck.json');
    expect(deckFileName({ title: ' ** ', scenes: [] })).toBe('deck.deltascope-deck.json');
  });
});

describe('the decks saved in this browser', () => {
  it('come back as they were, an empty deck and the current one included', () => {
    const decks = [deck, { title: 'Empty', scenes: [] }];
    expect(parseSavedDecks(savedDecksText(decks, 1))).toEqual({ decks, deckIndex: 1 });
  });

  it('are set aside when unreadable, from another version or too large', () => {
    expect(parseSavedDecks(null)).toBeNull();
    expect(parseSavedDecks('{')).toEqual({ problem: 'corrupt' });
    expect(parseSavedDecks('{"version":1,"decks":[]}')).toEqual({ problem: 'corrupt' });
    expect(parseSavedDecks('{"version":1,"decks":[{"title":"x"}]}')).toEqual({
      problem: 'corrupt',
    });
    expect(parseSavedDecks('{"version":9,"decks":[]}')).toEqual({ problem: 'version' });
    expect(parseSavedDecks(' '.repeat(5_000_001))).toEqual({ problem: 'size' });
  });

  it('fall back to the first deck when the current one is not among them', () => {
    const text = savedDecksText([deck], 0).replace('"deckIndex":0', '"deckIndex":3');
    expect(parseSavedDecks(text)).toEqual({ decks: [deck], deckIndex: 0 });
  });
});

describe('what is said of a refused deck', () => {
  const problems = DECK_PROBLEMS;

  it('differs for each problem in each language, and names the scene', () => {
    for (const language of ['en', 'zh'] as const) {
      const m = messagesFor(language).deck;
      const said = problems.map((p) => m.problem(p));
      expect(new Set(said).size).toBe(problems.length);
    }
    expect(messagesFor('en').deck.problem(problems[8])).toBe(
      'the note of scene 4 is longer than 1,000 characters.',
    );
    expect(messagesFor('zh').deck.problem(problems[10])).toBe(
      '第 5 个场景的链接参数中有无法使用的值：步骤“\u206899\u2069”。',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { latinWords } from '../../../e2e/fixtures/latinWords';
import { decodeScene } from '../../share/scene';
import { mergeQuery } from '../slides';
import type { Chapter, Words } from '../lessonTypes';
import { BACKPROP_CHAPTER } from './backpropChapter';
import { CALCULUS_CHAPTER } from './calculusChapter';

const MODELS = ['3b1b', 'best'];
/** Display settings belong to the class's screen, never to a scene. */
const DISPLAY_FIELDS = ['theme', 'palette', 'language', 'projector'];

/** Sentence ends: full stops, question and exclamation marks, not decimal points. */
const sentences = (text: string) =>
  text.split(/[.!?。！？](?=\s|$)|[。！？]/).filter((s) => s.trim());

const FULL_WIDTH = '，。：；！？、（）“”《》';
/** Chinese typesetting faults: spaces beside full-width punctuation or between words, a comma. */
const ZH_FAULTS = [
  new RegExp(`[${FULL_WIDTH}] | [${FULL_WIDTH}]`, 'u'),
  // A symbol such as d输出 may be followed by a space: it is a name, not a word.
  /(?<![A-Za-z∂]\p{Script=Han}*)\p{Script=Han} +\p{Script=Han}/u,
  /\p{Script=Han},/u,
];
/** A hyphen used as a minus sign: mathematics writes −. */
const HYPHEN_MINUS = /(^|[\s(=:,（：，])-\.?\d/;

const wordsOk = (w: Words) => {
  expect(w.en.trim()).not.toBe('');
  expect(w.zh.trim()).not.toBe('');
  for (const text of [w.en, w.zh]) expect(text, text).not.toMatch(HYPHEN_MINUS);
  for (const fault of ZH_FAULTS) expect(w.zh, w.zh).not.toMatch(fault);
  expect(latinWords(w.zh), w.zh).toEqual([]);
};

describe.each([
  ['backprop', BACKPROP_CHAPTER, 10],
  ['calculus', CALCULUS_CHAPTER, 11],
] as [string, Chapter, number][])('the %s chapter', (id, chapter, minScenes) => {
  it('has its id and enough scenes with unique ids', () => {
    expect(chapter.id).toBe(id);
    expect(chapter.scenes.length).toBeGreaterThanOrEqual(minScenes);
    const ids = chapter.scenes.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sceneId of ids)
      expect(sceneId).toMatch(new RegExp(`^${id}-[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('writes every title and narration in both languages, three sentences at most', () => {
    wordsOk(chapter.title);
    for (const scene of chapter.scenes) {
      wordsOk(scene.title);
      const narrations = [
        scene.narration,
        ...(scene.builds ?? []).flatMap((b) => b.narration ?? []),
      ];
      for (const n of narrations) {
        wordsOk(n);
        expect(sentences(n.en).length, n.en).toBeLessThanOrEqual(3);
        expect(sentences(n.zh).length, n.zh).toBeLessThanOrEqual(3);
      }
    }
  });

  it('links every scene and build to a scene the app can open, without display fields', () => {
    for (const scene of chapter.scenes) {
      const queries = [scene.query];
      for (const b of scene.builds ?? []) queries.push(mergeQuery(queries.at(-1)!, b.query));
      for (const query of queries) {
        const decoded = decodeScene(query, MODELS);
        expect(decoded.problems, query).toEqual([]);
        expect(decoded.scene.page, query).toBeDefined();
        for (const field of DISPLAY_FIELDS) expect(decoded.scene, query).not.toHaveProperty(field);
      }
    }
  });
});

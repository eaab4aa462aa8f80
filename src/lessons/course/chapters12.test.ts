import { describe, expect, it } from 'vitest';
import { decodeScene } from '../../share/scene';
import type { Words } from '../lessonTypes';
import { mergeQuery } from '../slides';
import { DESCENT_CHAPTER } from './descentChapter';
import { NETWORK_CHAPTER } from './networkChapter';

/** Scene fields that belong to the room, never to a lesson. */
const DISPLAY_FIELDS = ['language', 'theme', 'palette', 'projector'];

/** Sentences end in . ! ? before a space or the end (not inside 0.655), or in 。！？. */
const sentences = (text: string) => (text.match(/[.!?](?=\s|$)|[。！？]/g) ?? []).length;

const CHAPTERS = [
  { chapter: NETWORK_CHAPTER, id: 'network', least: 12 },
  { chapter: DESCENT_CHAPTER, id: 'descent', least: 11 },
];

describe.each(CHAPTERS)('chapter $id', ({ chapter, id, least }) => {
  const scenes = chapter.scenes;
  const words = scenes.flatMap((s): Words[] => [
    s.title,
    s.narration,
    ...(s.builds ?? []).flatMap((b) => (b.narration ? [b.narration] : [])),
  ]);

  it(`is "${id}" with at least ${least} scenes, ids unique and prefixed with it`, () => {
    expect(chapter.id).toBe(id);
    expect(scenes.length).toBeGreaterThanOrEqual(least);
    const ids = scenes.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sceneId of ids)
      expect(sceneId).toMatch(new RegExp(`^${id}-[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('has every title and narration written in both languages', () => {
    for (const w of [chapter.title, ...words]) {
      expect(w.en.trim()).not.toBe('');
      expect(w.zh.trim()).not.toBe('');
    }
  });

  it('narrates in at most three sentences per language', () => {
    for (const s of scenes) {
      const narrations = [s.narration, ...(s.builds ?? []).flatMap((b) => b.narration ?? [])];
      for (const n of narrations) {
        expect(sentences(n.en), n.en).toBeLessThanOrEqual(3);
        expect(sentences(n.zh), n.zh).toBeLessThanOrEqual(3);
      }
    }
  });

  it('opens scenes and builds that decode cleanly, without display settings', () => {
    for (const s of scenes) {
      const queries = [s.query, ...(s.builds ?? []).map((b) => mergeQuery(s.query, b.query))];
      for (const query of queries) {
        const { scene, problems } = decodeScene(query, ['3b1b', 'best']);
        expect(problems, query).toEqual([]);
        expect(scene.page, query).toBeDefined();
        for (const field of DISPLAY_FIELDS) expect(scene, query).not.toHaveProperty(field);
      }
      expect(s.focus).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

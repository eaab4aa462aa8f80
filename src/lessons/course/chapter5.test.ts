import { describe, expect, it } from 'vitest';
import { decodeScene } from '../../share/scene';
import type { Words } from '../lessonTypes';
import { mergeQuery } from '../slides';
import { RECURRENCE_CHAPTER } from './recurrenceChapter';

/** Scene fields that belong to the room, never to a lesson. */
const DISPLAY_FIELDS = ['language', 'theme', 'palette', 'projector'];

/** Sentences end in . ! ? before a space or the end (not inside 0.0431), or in 。！？. */
const sentences = (text: string) => (text.match(/[.!?](?=\s|$)|[。！？]/g) ?? []).length;

describe('chapter recurrence', () => {
  const chapter = RECURRENCE_CHAPTER;
  const scenes = chapter.scenes;
  const narrations = scenes.flatMap((s): Words[] => [
    s.narration,
    ...(s.builds ?? []).flatMap((b) => (b.narration ? [b.narration] : [])),
  ]);

  it('is "recurrence" with at least 10 scenes, ids unique and prefixed with it', () => {
    expect(chapter.id).toBe('recurrence');
    expect(scenes.length).toBeGreaterThanOrEqual(10);
    const ids = scenes.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^recurrence-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has every title and narration written in both languages', () => {
    for (const w of [chapter.title, ...scenes.map((s) => s.title), ...narrations]) {
      expect(w.en.trim()).not.toBe('');
      expect(w.zh.trim()).not.toBe('');
    }
  });

  it('narrates in at most three sentences per language', () => {
    for (const n of narrations) {
      expect(sentences(n.en), n.en).toBeLessThanOrEqual(3);
      expect(sentences(n.zh), n.zh).toBeLessThanOrEqual(3);
    }
  });

  it('opens the sequence page from scenes and builds that decode cleanly', () => {
    for (const s of scenes) {
      const queries = [s.query, ...(s.builds ?? []).map((b) => mergeQuery(s.query, b.query))];
      for (const query of queries) {
        const { scene, problems } = decodeScene(query, ['3b1b', 'best']);
        expect(problems, query).toEqual([]);
        expect(scene.page, query).toBe('sequence');
        for (const field of DISPLAY_FIELDS) expect(scene, query).not.toHaveProperty(field);
      }
      expect(s.focus).toMatch(/^seq-[a-z0-9-]+$/);
    }
  });
});

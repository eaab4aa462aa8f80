import { describe, expect, it } from 'vitest';
import type { Chapter, Deck } from './lessonTypes';
import {
  chapterStarts,
  courseSlides,
  deckSlides,
  mergeQuery,
  movedSlide,
  sceneTotal,
} from './slides';

const words = (en: string) => ({ en, zh: `中${en}` });

const CHAPTERS: Chapter[] = [
  {
    id: 'one',
    title: words('One'),
    scenes: [
      { id: 'one-a', title: words('A'), narration: words('a.'), query: 'page=explore', focus: 'x' },
      {
        id: 'one-b',
        title: words('B'),
        narration: words('b.'),
        formula: 'b',
        query: 'page=backprop&ex=3&step=1',
        focus: 'y',
        motion: 'forward',
        builds: [{ query: 'step=2' }, { query: 'step=9', narration: words('b9.'), focus: 'z' }],
      },
    ],
  },
  {
    id: 'two',
    title: words('Two'),
    scenes: [
      { id: 'two-a', title: words('C'), narration: words('c.'), query: 'page=lab', focus: 'w' },
    ],
  },
];

describe('lesson slides', () => {
  it('walk each scene, then its builds, each build changing only what it names', () => {
    const slides = courseSlides(CHAPTERS, 'en');
    expect(slides.map((s) => [s.scene, s.build, s.narration, s.query, s.focus])).toEqual([
      [0, 0, 'a.', 'page=explore', 'x'],
      [1, 0, 'b.', 'page=backprop&ex=3&step=1', 'y'],
      [1, 1, 'b.', 'page=backprop&ex=3&step=2', 'y'],
      [1, 2, 'b9.', 'page=backprop&ex=3&step=9', 'z'],
      [2, 0, 'c.', 'page=lab', 'w'],
    ]);
    // The scene's motion plays when it opens, not again on each build.
    expect(slides.map((s) => s.motion)).toEqual([
      undefined,
      'forward',
      undefined,
      undefined,
      undefined,
    ]);
    expect(slides[3].formula).toBe('b');
    expect(sceneTotal(slides)).toBe(3);
  });

  it('speak the language asked for', () => {
    const slides = courseSlides(CHAPTERS, 'zh');
    expect(slides[0].title).toBe('中A');
    expect(slides[0].chapter).toBe('中One');
  });

  it('know where each chapter starts', () => {
    expect(chapterStarts(courseSlides(CHAPTERS, 'en'))).toEqual([
      { slide: 0, title: 'One' },
      { slide: 4, title: 'Two' },
    ]);
  });

  it('move within the lesson and stop at its ends', () => {
    const slides = courseSlides(CHAPTERS, 'en');
    expect(movedSlide(slides, 0, 'previous')).toBe(0);
    expect(movedSlide(slides, 0, 'next')).toBe(1);
    expect(movedSlide(slides, 4, 'next')).toBe(4);
    expect(movedSlide(slides, 2, 'first')).toBe(0);
    expect(movedSlide(slides, 2, 'last')).toBe(4);
  });

  it('make one slide of each deck scene, its note the narration', () => {
    const deck: Deck = {
      title: 'Mine',
      scenes: [
        { title: 'T1', note: 'N1', query: 'page=explore&ex=1' },
        { title: 'T2', note: '', query: 'page=lab' },
      ],
    };
    const slides = deckSlides(deck);
    expect(slides.map((s) => [s.scene, s.title, s.narration, s.query])).toEqual([
      [0, 'T1', 'N1', 'page=explore&ex=1'],
      [1, 'T2', '', 'page=lab'],
    ]);
    expect(sceneTotal(deckSlides({ title: 'Empty', scenes: [] }))).toBe(0);
  });

  it('merge a build over its scene field by field', () => {
    expect(mergeQuery('page=backprop&step=1&ex=2', 'step=4&neuron=2-1')).toBe(
      'page=backprop&step=4&ex=2&neuron=2-1',
    );
    expect(mergeQuery('page=lab', undefined)).toBe('page=lab');
  });
});

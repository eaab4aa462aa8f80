import { describe, expect, it } from 'vitest';
import { presenterMessage, stageMessage } from './presenterProtocol';

describe('the presenter channel', () => {
  it('takes the presenter’s messages and nothing else', () => {
    expect(presenterMessage({ type: 'move', move: 'next' })).toEqual({
      type: 'move',
      move: 'next',
    });
    expect(presenterMessage({ type: 'go', slide: 3 })).toEqual({ type: 'go', slide: 3 });
    expect(presenterMessage({ type: 'blank', blanked: true })).toEqual({
      type: 'blank',
      blanked: true,
    });
    expect(presenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    for (const bad of [
      null,
      'next',
      { type: 'move', move: 'sideways' },
      { type: 'go', slide: -1 },
      { type: 'go', slide: 1.5 },
      { type: 'blank', blanked: 'yes' },
      { type: 'lesson' },
    ]) {
      expect(presenterMessage(bad)).toBeNull();
    }
  });

  it('takes the stage’s lesson only when it is whole', () => {
    const lesson = {
      type: 'lesson',
      slides: [{ scene: 0, title: 'T', narration: 'N', formula: 'x' }],
      slide: 0,
      total: 1,
      blanked: false,
      language: 'zh',
    };
    expect(stageMessage(lesson)).toEqual(lesson);
    expect(stageMessage({ type: 'no-lesson', language: 'en' })).toEqual({
      type: 'no-lesson',
      language: 'en',
    });
    expect(stageMessage({ ...lesson, slide: 1 })).toBeNull();
    expect(stageMessage({ ...lesson, language: 'fr' })).toBeNull();
    expect(
      stageMessage({ ...lesson, slides: [{ scene: 0, title: 3, narration: 'N' }] }),
    ).toBeNull();
  });
});

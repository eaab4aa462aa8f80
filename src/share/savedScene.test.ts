import { describe, expect, it } from 'vitest';
import { MAX_SAVED_CHARS, parseSavedScene, savedSceneText } from './savedScene';

describe('parseSavedScene', () => {
  it('gives back the query string that was saved', () => {
    expect(parseSavedScene(savedSceneText('page=backprop&step=3'))).toEqual({
      query: 'page=backprop&step=3',
    });
    expect(parseSavedScene(null)).toBeNull();
  });

  it('names what is wrong with a corrupt, foreign or oversized entry', () => {
    const cases: [string, string][] = [
      ['{not json', 'corrupt'],
      ['null', 'corrupt'],
      ['"page=lab"', 'corrupt'],
      ['{"query":"page=lab"}', 'corrupt'],
      ['{"version":1,"query":42}', 'corrupt'],
      ['{"version":2,"query":"page=lab"}', 'version'],
      [savedSceneText('x'.repeat(MAX_SAVED_CHARS)), 'size'],
    ];
    for (const [text, problem] of cases) {
      expect(parseSavedScene(text), text.slice(0, 30)).toEqual({ problem });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { messagesFor } from './catalogue';
import { echo, splitEchoes, visible } from './echo';

describe('echoed text', () => {
  it('writes out controls, bidirectional overrides and lone surrogates', () => {
    expect(visible('\u202Eevil.com 9\u0000')).toBe('\\u202Eevil.com 9\\u0000');
    expect(visible('a\u2066b\u2069\u200b\n')).toBe('a\\u2066b\\u2069\\u200B\\u000A');
    expect(visible('\ud83d.json')).toBe('\\uD83D.json');
    expect(visible('\u{E0001}')).toBe('\\u{E0001}');
  });

  it('keeps letters of every script, emoji and the joiners they need', () => {
    for (const text of ['model.json', 'שלום', 'مرحبا', '模型', '👩\u200d💻', 'क्\u200dष']) {
      expect(visible(text)).toBe(text);
    }
  });

  it('isolates an echo so that the message splits around it, even one that tries to close it', () => {
    const said = `learning rate "${echo('\u2069\u202Eevil')}" and "${echo('0x10')}".`;
    expect(splitEchoes(said)).toEqual([
      'learning rate "',
      '\\u2069\\u202Eevil',
      '" and "',
      '0x10',
      '".',
    ]);
  });

  it('is how both languages name a link’s rejected values', () => {
    for (const language of ['en', 'zh'] as const) {
      const said = messagesFor(language).share.badLink([{ key: 'lr', value: '\u202Eevil 9' }]);
      expect(splitEchoes(said)[1]).toBe('\\u202Eevil 9');
    }
  });
});

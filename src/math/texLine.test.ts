import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { displayEquation } from './texLine';

describe('displayEquation', () => {
  it('keeps a short equation on one line', () => {
    expect(displayEquation('a = 1 = 1')).toBe('a = 1 = 1');
  });

  it('sets a long derivation as aligned lines, one "=" each, that KaTeX accepts', () => {
    const sum = Array.from({ length: 40 }, (_, i) => `w_{${i}} a_{${i}}`).join(' + ');
    const numbers = Array.from({ length: 30 }, (_, i) => `0.${i} \\cdot 0.5`).join(' + ');
    const tex = displayEquation(`z = ${sum} = ${numbers} = 1.23`);
    expect(tex.startsWith('\\begin{aligned}z &= ')).toBe(true);
    expect(tex.match(/\\\\ &= /g)).toHaveLength(2);
    expect(() => katex.renderToString(tex, { strict: 'error', trust: false })).not.toThrow();
  });
});

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { KATEX_OPTIONS } from './katexOptions';
import { sym } from './symbols';

const html = (tex: string) => katex.renderToString(tex, KATEX_OPTIONS);

describe('KATEX_OPTIONS', () => {
  it('keeps the colour classes of painted symbols', () => {
    const out = html(sym.dCd(sym.w(3, 5, 2)));
    expect(out).toContain('class="enclosing tex-cost"');
    expect(out).toContain('class="enclosing tex-weight"');
  });

  it('refuses every other HTML extension and link', () => {
    for (const tex of [
      '\\htmlClass{evil}{x}',
      '\\htmlStyle{color:red}{x}',
      '\\htmlId{x}{x}',
      '\\htmlData{a=b}{x}',
      '\\href{https://example.org}{x}',
    ]) {
      const out = html(tex);
      expect(out, tex).not.toMatch(/class="enclosing evil"|style="color:red"|id="x"|data-a=|<a /);
    }
  });
});

import katex from 'katex';
import { KATEX_OPTIONS } from '../../math/katexOptions';

/** KaTeX itself, in its own chunk: loaded with the first formula on screen (see Tex). */
export function typeset(tex: string, into: HTMLElement): void {
  katex.render(tex, into, KATEX_OPTIONS);
}

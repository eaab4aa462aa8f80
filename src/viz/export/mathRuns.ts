/**
 * A formula as runs of Unicode text for SVG, read from the MathML that KaTeX writes beside its
 * HTML: sub- and superscripts become shifted runs (tspans with baseline-shift), fractions read
 * a/b, colours survive. Slide software draws SVG text but not a foreignObject of HTML.
 */

/** The part of a MathML element read here (a DOM Element fits; tests pass plain objects). */
export interface MathNode {
  nodeName: string;
  textContent: string | null;
  children: ArrayLike<MathNode>;
  getAttribute(name: string): string | null;
}

export type Shift = 'sub' | 'super' | null;

export interface MathRun {
  text: string;
  shift: Shift;
  color: string | null;
}

/** Token elements: their text is the run. A hyphen-minus in maths is the minus sign. */
const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
/** Not drawn: the TeX source and invisible spacing boxes. */
const SKIPPED = new Set(['annotation', 'annotation-xml', 'mphantom']);

/** Relations and arrows get spaces either side; + and − too, unless they open a group (a sign). */
const RELATIONS = new Set(['=', '←', '→', '≈', '≤', '≥', '≠']);
const BINARY = new Set(['+', '−', '±']);

function spaced(op: string, before: readonly MathRun[]): string {
  if (RELATIONS.has(op)) return ` ${op} `;
  const previous = before[before.length - 1]?.text ?? '';
  const sign = previous === '' || /[([{=\s]$/.test(previous);
  return BINARY.has(op) && !sign ? ` ${op} ` : op;
}

const nameOf = (node: MathNode) => node.nodeName.toLowerCase().replace(/^.*:/, '');

function walk(node: MathNode, shift: Shift, color: string | null, out: MathRun[]): void {
  const name = nameOf(node);
  if (SKIPPED.has(name)) return;
  const ink = node.getAttribute('mathcolor') ?? color;
  const kids = Array.from(node.children);
  const emit = (text: string) => {
    if (text) out.push({ text, shift, color: ink });
  };
  if (name === 'mo') return emit(spaced((node.textContent ?? '').replace(/-/g, '−'), out));
  if (TOKENS.has(name)) return emit((node.textContent ?? '').replace(/-/g, '−'));
  if (name === 'mspace') return emit(' ');
  // A script inside a script stays at the first shift: SVG text has one level that reads.
  const inner = (s: Exclude<Shift, null>) => shift ?? s;
  switch (name) {
    case 'msub':
    case 'munder':
      walk(kids[0], shift, ink, out);
      if (kids[1]) walk(kids[1], inner('sub'), ink, out);
      return;
    case 'msup':
    case 'mover':
      walk(kids[0], shift, ink, out);
      // A prime is already raised by its glyph: σ′, not σ with a tiny raised ′.
      if (kids[1] && /^[′″]+$/.test(kids[1].textContent ?? '')) walk(kids[1], shift, ink, out);
      else if (kids[1]) walk(kids[1], inner('super'), ink, out);
      return;
    case 'msubsup':
    case 'munderover':
      walk(kids[0], shift, ink, out);
      if (kids[1]) walk(kids[1], inner('sub'), ink, out);
      if (kids[2]) walk(kids[2], inner('super'), ink, out);
      return;
    case 'mfrac':
      group(kids[0], shift, ink, out);
      emit('/');
      group(kids[1], shift, ink, out);
      return;
    case 'msqrt':
      emit('√(');
      kids.forEach((k) => walk(k, shift, ink, out));
      emit(')');
      return;
    default:
      kids.forEach((k) => walk(k, shift, ink, out));
  }
}

/** A fraction's numerator or denominator, parenthesised when it is more than one token. */
function group(node: MathNode | undefined, shift: Shift, color: string | null, out: MathRun[]) {
  if (!node) return;
  const runs: MathRun[] = [];
  walk(node, shift, color, runs);
  const single = runs.length === 1 && !/[+−=·]/.test(runs[0].text);
  if (!single) out.push({ text: '(', shift, color });
  out.push(...runs);
  if (!single) out.push({ text: ')', shift, color });
}

/** The runs of a <math> element, neighbours of one shift and colour merged. */
export function mathRuns(math: MathNode): MathRun[] {
  const runs: MathRun[] = [];
  walk(math, null, null, runs);
  return runs.reduce<MathRun[]>((merged, run) => {
    const last = merged[merged.length - 1];
    if (last && last.shift === run.shift && last.color === run.color) last.text += run.text;
    else merged.push({ ...run });
    return merged;
  }, []);
}

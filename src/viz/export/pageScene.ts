/**
 * The scene on screen, gathered for the slide export: values from the store (the same frame
 * the network view paints) and the words the page shows (step title, legend, the formula's
 * MathML that KaTeX writes beside its HTML), so the export says exactly what the page says.
 */
import { messagesFor } from '../../i18n/catalogue';
import type { AppState } from '../../store/appStore';
import { vizColors } from '../palette';
import { frameOf } from '../network/stateFrame';
import type { MathRun } from './mathRuns';
import { mathRuns } from './mathRuns';
import type { LegendRun, SceneInput } from './sceneSvg';

/** Where each page's formula is: the step's newest chain-rule line, or the chosen neuron's live one. */
const FORMULA_SELECTORS = {
  backprop: '[data-testid="chain-rule-panel"] .chain-rule-math > :not(details) .katex-mathml math',
  explore: '[data-testid="live-chain-rule"] .katex-mathml math',
} as const;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function formulaOf(page: AppState['page'], root: ParentNode): MathRun[] | null {
  const selector = page === 'backprop' || page === 'explore' ? FORMULA_SELECTORS[page] : null;
  const math = selector ? root.querySelector(selector) : null;
  return math ? mathRuns(math) : null;
}

/** A legend paragraph as runs, each coloured span in its own colour. */
function legendRuns(legend: Element): LegendRun[] {
  const runs: LegendRun[] = [];
  legend.childNodes.forEach((node) => {
    const words = (node.textContent ?? '').replace(/\s+/g, ' ');
    if (!words) return;
    const coloured = node instanceof Element && node.className.includes('sym-');
    runs.push({ text: words, color: coloured ? getComputedStyle(node).color : null });
  });
  return runs;
}

/** The slide scene of the explore or backprop page, or null when there is no network to show. */
export function pageScene(s: AppState, root: Document = document): SceneInput | null {
  const frame = frameOf(s);
  const sizes = s.page === 'backprop' ? s.lesson?.spec.sizes : s.model?.spec.sizes;
  const view = root.querySelector('main [data-testid="network-view"]');
  if (!frame || !sizes || !view) return null;
  const m = messagesFor(s.language).app;
  const L = sizes.length - 1;
  const outputs = frame.edges.a?.[L] ?? null;
  const title =
    s.page === 'backprop'
      ? [root.querySelector('.step-count'), root.querySelector('[data-testid="step-label"]')]
          .map((el) => clean(el?.textContent))
          .filter(Boolean)
          .join(' · ')
      : `${m.network.heading(sizes.join('-'))}${frame.best >= 0 ? ` · ${m.outputs.says} ${frame.best}` : ''}`;
  const card = view.closest('section') ?? root;
  const legend = Array.from(card.querySelectorAll('.legend')).map(legendRuns);
  return {
    title,
    formula: formulaOf(s.page, root),
    frame,
    sizes,
    outputs,
    legend: legend.filter((line) => line.length > 0),
    colors: vizColors(s),
  };
}

/** A file name that says what the file is: the page, its step or answer, and the kind. */
export function sceneFileName(s: AppState, scene: SceneInput, kind: 'png' | 'svg'): string {
  const what =
    s.page === 'backprop'
      ? `step-${s.step + 1}`
      : scene.frame.best >= 0
        ? `reads-${scene.frame.best}`
        : 'network';
  const form = kind === 'png' ? 'slide-2x' : 'slide-vector';
  return `deltascope-${s.page}-${what}-${form}.${kind}`;
}

import { backpropSteps } from '../backprop/steps';
import { LIMITS } from '../config';
import { CURVE_DOMAIN } from '../descent/curve';
import type { DescentSettings, SurfacePair } from '../descent/settings';
import { B_DOMAIN, CURVE_RATE, FIT_BATCHES, FIT_RATE, W_DOMAIN } from '../descent/settings';
import { sameWeight } from '../descent/surfaceWeights';
import type { Initialisation } from '../engine/network';
import { INITIALISATIONS } from '../engine/network';
import { MAX_LAYERS, MAX_LAYER_SIZE } from '../engine/modelShape';
import type { CellKind } from '../engine/recurrent/recurrentModel';
import { CELL_KINDS } from '../engine/recurrent/recurrentModel';
import { DIGIT_ROWS } from '../engine/recurrent/sequences';
import { timelineLength } from '../sequence/timeline';
import type { Language } from '../i18n/language';
import { LANGUAGES } from '../i18n/language';
import type { EdgeId, EdgeMode, LabView, NeuronId, Page, Palette, Theme } from '../vocabulary';
import { EDGE_MODES, LAB_VIEWS, PAGES, PALETTES, THEMES } from '../vocabulary';
import { packDigit, unpackDigit } from './digitPixels';
import { readNumber } from './numberText';

/** Digits in the official MNIST test set: a link's example index lies in 0..TEST_DIGITS-1. */
const TEST_DIGITS = 10_000;

type SceneExample = { kind: 'mnist'; index: number } | { kind: 'drawing'; pixels: Uint8Array };

/** What a lesson link (or the last session) puts back on screen. */
export interface Scene extends DescentSettings {
  page: Page;
  /** A shipped model's id; null for weights that only this browser has. */
  model: string | null;
  /** null: a blank drawing pad. */
  example: SceneExample | null;
  /** The digit the user said they drew (the backprop page's target for a drawing). */
  drawnLabel: number | null;
  /** The backprop timeline's step, from 0 (a link counts from 1, as the page does). */
  step: number;
  neuron: NeuronId | null;
  edge: EdgeId | null;
  edgeMode: EdgeMode;
  theme: Theme;
  palette: Palette;
  language: Language;
  projector: boolean;
  learningRate: number;
  batchSize: number;
  /** Epochs per press of Train. */
  epochs: number;
  seed: number;
  init: Initialisation;
  /** η of the backprop timeline's update step. */
  lessonRate: number;
  /** The lab page's tab. */
  labView: LabView;
  /** The sequence page's recurrent cell, and its timeline's position (from 0; a link counts from 1). */
  sequenceCell: CellKind;
  sequenceStep: number;
  /**
   * A lesson link's "start=random": fresh random weights, training at once. An action, not a
   * state, so the page never writes it back into its own address.
   */
  start?: 'random';
}

/** A field of a link that could not be used: its name and (shortened) text. */
export interface SceneProblem {
  key: SceneKey;
  value: string;
}

/** Joins the two halves of a pair in one field: the start (w, b), the surface's two weights. */
const PAIR = '_';

const neuronText = (n: NeuronId) => `${n.layer}-${n.index}`;
const weightText = (w: EdgeId) => `${w.layer}-${w.j}-${w.k}`;
const surfaceText = (pair: SurfacePair) => pair.map(weightText).join(PAIR);

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (text: string): T | undefined =>
    (allowed as readonly string[]).includes(text) ? (text as T) : undefined;

const integerIn = (min: number, max: number) => (text: string) => readNumber(text, min, max, true);

const decimalIn = (min: number, max: number) => (text: string) => readNumber(text, min, max);

/** A parser whose value, when there is one, is then reshaped. */
const mapped =
  <T, U>(parse: (text: string) => T | undefined, as: (value: T) => U) =>
  (text: string): U | undefined => {
    const value = parse(text);
    return value === undefined ? undefined : as(value);
  };

/** "a-b-…" of whole numbers, each within its bound. */
const wholeNumbers =
  (bounds: readonly [number, number][]) =>
  (text: string): number[] | undefined => {
    const parts = text.split('-');
    if (parts.length !== bounds.length) return undefined;
    const values = parts.map((p, i) => integerIn(...bounds[i])(p));
    return values.every((v) => v !== undefined) ? (values as number[]) : undefined;
  };

const neuronIn = wholeNumbers([
  [1, MAX_LAYERS - 1],
  [0, MAX_LAYER_SIZE - 1],
]);
const edgeIn = mapped(
  wholeNumbers([
    [1, MAX_LAYERS - 1],
    [0, MAX_LAYER_SIZE - 1],
    [0, MAX_LAYER_SIZE - 1],
  ]),
  ([layer, j, k]): EdgeId => ({ layer, j, k }),
);

/** Two halves joined by PAIR, each read by its own parser. */
const pairOf =
  <A, B>(first: (text: string) => A | undefined, second: (text: string) => B | undefined) =>
  (text: string): [A, B] | undefined => {
    const halves = text.split(PAIR);
    if (halves.length !== 2) return undefined;
    const [a, b] = [first(halves[0]), second(halves[1])];
    return a !== undefined && b !== undefined ? [a, b] : undefined;
  };

/** Two different weights, "layer-j-k" each. */
const surfacePairIn = (text: string): SurfacePair | undefined => {
  const pair = pairOf(edgeIn, edgeIn)(text);
  return pair && !sameWeight(...pair) ? pair : undefined;
};

/** One query field of a link: the scene field it carries, and how it is read and written. */
interface SceneField<K extends string, F extends keyof Scene> {
  key: K;
  field: F;
  /** The value, or undefined for a malformed or out-of-range text. */
  parse(text: string, modelIds: readonly string[]): Scene[F] | undefined;
  /** The text a link holds (String(value) if not given), or null to leave the field out. */
  text?(value: NonNullable<Scene[F]>): string | null;
  /** Whether the field travels with this scene (always if not given); a null value never does. */
  when?(scene: Scene): boolean;
}

const field = <K extends string, F extends keyof Scene>(f: SceneField<K, F>) => f;

/** Like the step, a page's own settings travel only with that page. */
const onPage = (page: Page) => (s: Scene) => s.page === page;

/** The query fields, in the order a link lists them (and problems are reported). */
const FIELDS = [
  field({ key: 'page', field: 'page', parse: oneOf(PAGES) }),
  field({ key: 'model', field: 'model', parse: (text, modelIds) => oneOf(modelIds)(text) }),
  // Read after the index, a drawn digit wins over it when a link has both.
  field({
    key: 'ex',
    field: 'example',
    parse: mapped(integerIn(0, TEST_DIGITS - 1), (index) => ({ kind: 'mnist', index }) as const),
    text: (e) => (e.kind === 'mnist' ? String(e.index) : null),
  }),
  field({
    key: 'digit',
    field: 'example',
    parse: mapped(
      (text) => unpackDigit(text) ?? undefined,
      (pixels) => ({ kind: 'drawing', pixels }) as const,
    ),
    text: (e) => (e.kind === 'drawing' ? packDigit(e.pixels) : null),
  }),
  field({
    key: 'label',
    field: 'drawnLabel',
    parse: integerIn(0, 9),
    when: (s) => s.example?.kind === 'drawing',
  }),
  field({
    key: 'step',
    field: 'step',
    parse: mapped(integerIn(1, backpropSteps(MAX_LAYERS).length), (k) => k - 1),
    text: (step) => String(step + 1),
    when: onPage('backprop'),
  }),
  field({
    key: 'neuron',
    field: 'neuron',
    parse: mapped(neuronIn, ([layer, index]) => ({ layer, index })),
    text: neuronText,
  }),
  field({ key: 'edge', field: 'edge', parse: edgeIn, text: weightText }),
  field({ key: 'edges', field: 'edgeMode', parse: oneOf(EDGE_MODES) }),
  field({ key: 'theme', field: 'theme', parse: oneOf(THEMES) }),
  field({ key: 'palette', field: 'palette', parse: oneOf(PALETTES) }),
  field({ key: 'lang', field: 'language', parse: oneOf(LANGUAGES) }),
  field({
    key: 'projector',
    field: 'projector',
    parse: mapped(oneOf(['0', '1']), (on) => on === '1'),
    text: (on) => (on ? '1' : '0'),
  }),
  field({
    key: 'lr',
    field: 'learningRate',
    parse: decimalIn(LIMITS.learningRate.min, LIMITS.learningRate.max),
  }),
  field({
    key: 'batch',
    field: 'batchSize',
    parse: integerIn(LIMITS.batchSize.min, LIMITS.batchSize.max),
  }),
  field({ key: 'epochs', field: 'epochs', parse: integerIn(LIMITS.epochs.min, LIMITS.epochs.max) }),
  field({ key: 'seed', field: 'seed', parse: integerIn(LIMITS.seed.min, LIMITS.seed.max) }),
  field({ key: 'init', field: 'init', parse: oneOf(INITIALISATIONS) }),
  field({ key: 'start', field: 'start', parse: oneOf(['random'] as const) }),
  field({
    key: 'eta',
    field: 'lessonRate',
    parse: decimalIn(LIMITS.learningRate.min, LIMITS.learningRate.max),
  }),
  field({ key: 'lab', field: 'labView', parse: oneOf(LAB_VIEWS), when: onPage('lab') }),
  field({ key: 'cell', field: 'sequenceCell', parse: oneOf(CELL_KINDS), when: onPage('sequence') }),
  field({
    key: 'seqstep',
    field: 'sequenceStep',
    parse: mapped(integerIn(1, timelineLength(DIGIT_ROWS)), (k) => k - 1),
    text: (step) => String(step + 1),
    when: onPage('sequence'),
  }),
  field({
    key: 'curve-eta',
    field: 'curveRate',
    parse: decimalIn(CURVE_RATE.min, CURVE_RATE.max),
    when: onPage('descent'),
  }),
  field({
    key: 'curve-x',
    field: 'curveStart',
    parse: decimalIn(...CURVE_DOMAIN),
    when: onPage('descent'),
  }),
  field({
    key: 'curve-balls',
    field: 'curveSeveral',
    parse: mapped(oneOf(['1', '4']), (balls) => balls === '4'),
    text: (several) => (several ? '4' : '1'),
    when: onPage('descent'),
  }),
  field({
    key: 'fit-eta',
    field: 'fitRate',
    parse: decimalIn(FIT_RATE.min, FIT_RATE.max),
    when: onPage('descent'),
  }),
  field({
    key: 'fit-batch',
    field: 'fitBatch',
    parse: oneOf(FIT_BATCHES),
    when: onPage('descent'),
  }),
  field({
    key: 'fit-start',
    field: 'fitStart',
    parse: mapped(pairOf(decimalIn(...W_DOMAIN), decimalIn(...B_DOMAIN)), ([w, b]) => ({ w, b })),
    text: ({ w, b }) => `${w}${PAIR}${b}`,
    when: onPage('descent'),
  }),
  field({
    key: 'surface',
    field: 'surfacePair',
    parse: surfacePairIn,
    text: surfaceText,
    when: onPage('descent'),
  }),
];

export type SceneKey = (typeof FIELDS)[number]['key'];

/** Every link from this version on says so: its step counts from 1, like "Step 1 of 13". */
const VERSION_KEY = 'v';
const LINK_VERSION = '2';
/** Fields every link (and saved session) the app wrote before version 2 carried. */
const ALWAYS_WRITTEN_BEFORE_V2 = [
  'edges',
  'theme',
  'palette',
  'lang',
  'projector',
  'lr',
  'batch',
  'epochs',
  'seed',
  'init',
  'eta',
];

/**
 * A link the app wrote before version 2 counted its step from 0. It is told from one written
 * by hand (which counts as the page does, from 1) by carrying every field the app always wrote.
 */
function stepFromOne(q: URLSearchParams): void {
  const step = q.get('step');
  if (step === null || q.has(VERSION_KEY) || !ALWAYS_WRITTEN_BEFORE_V2.every((k) => q.has(k))) {
    return;
  }
  const fromZero = integerIn(0, backpropSteps(MAX_LAYERS).length - 1)(step);
  if (fromZero !== undefined) q.set('step', String(fromZero + 1));
}

/** A link's scene as a query string (no leading "?"). */
export function encodeScene(s: Scene): string {
  const q = new URLSearchParams();
  const write = <F extends keyof Scene>(f: SceneField<SceneKey, F>) => {
    const value = s[f.field];
    if (value === null || value === undefined || (f.when && !f.when(s))) return;
    const text = f.text ? f.text(value) : String(value);
    if (text !== null) q.set(f.key, text);
  };
  FIELDS.forEach(write);
  q.set(VERSION_KEY, LINK_VERSION);
  return q.toString();
}

/** Whether a query string carries any scene field at all (else the last session applies). */
export function hasScene(query: string): boolean {
  const q = new URLSearchParams(query);
  return FIELDS.some((f) => q.has(f.key));
}

/** Long enough to recognise, short enough for a notice; cut between characters, not inside one. */
const shown = (text: string) => {
  const characters = Array.from(text);
  return characters.length > 24 ? `${characters.slice(0, 24).join('')}…` : text;
};

/**
 * The scene a query string describes. Every field is checked; one that is malformed or out of
 * range is left out (the page keeps its default for it) and named in `problems`.
 */
export function decodeScene(
  query: string,
  modelIds: readonly string[],
): { scene: Partial<Scene>; problems: SceneProblem[] } {
  const q = new URLSearchParams(query);
  stepFromOne(q);
  const scene: Partial<Scene> = {};
  const problems: SceneProblem[] = [];
  const read = <F extends keyof Scene>(f: SceneField<SceneKey, F>) => {
    const text = q.get(f.key);
    if (text === null) return;
    const value = f.parse(text, modelIds);
    if (value === undefined) problems.push({ key: f.key, value: shown(text) });
    else scene[f.field] = value;
  };
  FIELDS.forEach(read);
  return { scene, problems };
}

/**
 * The parts of a scene that fit a network of these layer sizes: a neuron, edge, step or surface
 * weight the network does not have is dropped and named in `problems`.
 */
export function fitSceneToModel(
  scene: Partial<Scene>,
  sizes: readonly number[],
): { scene: Partial<Scene>; problems: SceneProblem[] } {
  const fitted = { ...scene };
  const problems: SceneProblem[] = [];
  const last = sizes.length - 1;
  const lacks = (w: EdgeId) => w.layer > last || w.j >= sizes[w.layer] || w.k >= sizes[w.layer - 1];
  const { neuron, edge, step, surfacePair } = scene;
  if (neuron && (neuron.layer > last || neuron.index >= sizes[neuron.layer])) {
    delete fitted.neuron;
    problems.push({ key: 'neuron', value: neuronText(neuron) });
  }
  if (edge && lacks(edge)) {
    delete fitted.edge;
    problems.push({ key: 'edge', value: weightText(edge) });
  }
  if (surfacePair?.some(lacks)) {
    delete fitted.surfacePair;
    problems.push({ key: 'surface', value: surfaceText(surfacePair) });
  }
  if (step !== undefined && step >= backpropSteps(sizes.length).length) {
    delete fitted.step;
    problems.push({ key: 'step', value: String(step + 1) });
  }
  return { scene: fitted, problems };
}

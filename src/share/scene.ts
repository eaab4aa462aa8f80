import { backpropSteps } from '../backprop/steps';
import { LIMITS } from '../config';
import { CURVE_DOMAIN } from '../descent/curve';
import type { DescentSettings, SurfacePair } from '../descent/settings';
import { B_DOMAIN, CURVE_RATE, FIT_BATCHES, FIT_RATE, W_DOMAIN } from '../descent/settings';
import type { Initialisation } from '../engine/network';
import { INITIALISATIONS } from '../engine/network';
import { MAX_LAYERS, MAX_LAYER_SIZE } from '../engine/serialize';
import type { Language } from '../i18n/language';
import { LANGUAGES } from '../i18n/language';
import type { LabView } from '../lab/views';
import { LAB_VIEWS } from '../lab/views';
import type { EdgeId, Page } from '../store/backpropSlice';
import type { Palette, Theme } from '../store/settingsSlice';
import type { EdgeMode, NeuronId } from '../store/viewSlice';
import { packDigit, unpackDigit } from './digitPixels';

/** Digits in the official MNIST test set: a link's example index lies in 0..TEST_DIGITS-1. */
export const TEST_DIGITS = 10_000;

export const PAGES: readonly Page[] = ['explore', 'backprop', 'descent', 'lab'];
const THEMES: readonly Theme[] = ['dark', 'light'];
const PALETTES: readonly Palette[] = ['standard', 'colourblind'];
const EDGE_MODES: readonly EdgeMode[] = ['weight', 'contribution'];

export type SceneExample =
  { kind: 'mnist'; index: number } | { kind: 'drawing'; pixels: Uint8Array };

/** What a lesson link (or the last session) puts back on screen. */
export interface Scene extends DescentSettings {
  page: Page;
  /** A shipped model's id; null for weights that only this browser has. */
  model: string | null;
  /** null: a blank drawing pad. */
  example: SceneExample | null;
  /** The digit the user said they drew (the backprop page's target for a drawing). */
  drawnLabel: number | null;
  /** The backprop timeline's step, from 0. */
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
}

/** A field of a link that could not be used: its name and (shortened) text. */
export interface SceneProblem {
  key: SceneKey;
  value: string;
}

/** The query keys, in the order a link lists them. */
export const SCENE_KEYS = [
  'page',
  'model',
  'ex',
  'digit',
  'label',
  'step',
  'neuron',
  'edge',
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
  'lab',
  'curve-eta',
  'curve-x',
  'curve-balls',
  'fit-eta',
  'fit-batch',
  'fit-start',
  'surface',
] as const;

export type SceneKey = (typeof SCENE_KEYS)[number];

const INTEGER = /^\d{1,10}$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
/** Joins the two halves of a pair in one field: the start (w, b), the surface's two weights. */
const PAIR = '_';

const weightText = (w: EdgeId) => `${w.layer}-${w.j}-${w.k}`;

/** A link's scene as a query string (no leading "?"). */
export function encodeScene(s: Scene): string {
  const q = new URLSearchParams();
  q.set('page', s.page);
  if (s.model !== null) q.set('model', s.model);
  if (s.example?.kind === 'mnist') q.set('ex', String(s.example.index));
  if (s.example?.kind === 'drawing') q.set('digit', packDigit(s.example.pixels));
  if (s.example?.kind === 'drawing' && s.drawnLabel !== null) q.set('label', String(s.drawnLabel));
  if (s.page === 'backprop') q.set('step', String(s.step));
  if (s.neuron) q.set('neuron', `${s.neuron.layer}-${s.neuron.index}`);
  if (s.edge) q.set('edge', weightText(s.edge));
  q.set('edges', s.edgeMode);
  q.set('theme', s.theme);
  q.set('palette', s.palette);
  q.set('lang', s.language);
  q.set('projector', s.projector ? '1' : '0');
  q.set('lr', String(s.learningRate));
  q.set('batch', String(s.batchSize));
  q.set('epochs', String(s.epochs));
  q.set('seed', String(s.seed));
  q.set('init', s.init);
  q.set('eta', String(s.lessonRate));
  // Like the step, a page's own settings travel only with that page.
  if (s.page === 'lab') q.set('lab', s.labView);
  if (s.page === 'descent') {
    q.set('curve-eta', String(s.curveRate));
    q.set('curve-x', String(s.curveStart));
    q.set('curve-balls', s.curveSeveral ? '4' : '1');
    q.set('fit-eta', String(s.fitRate));
    q.set('fit-batch', s.fitBatch);
    q.set('fit-start', `${s.fitStart.w}${PAIR}${s.fitStart.b}`);
    if (s.surfacePair) q.set('surface', s.surfacePair.map(weightText).join(PAIR));
  }
  return q.toString();
}

/** Whether a query string carries any scene field at all (else the last session applies). */
export function hasScene(query: string): boolean {
  const q = new URLSearchParams(query);
  return SCENE_KEYS.some((k) => q.has(k));
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (text: string): T | undefined =>
    (allowed as readonly string[]).includes(text) ? (text as T) : undefined;

const integerIn =
  (min: number, max: number) =>
  (text: string): number | undefined => {
    const n = INTEGER.test(text) ? Number(text) : NaN;
    return n >= min && n <= max ? n : undefined;
  };

const decimalIn =
  (min: number, max: number) =>
  (text: string): number | undefined => {
    const n = DECIMAL.test(text) ? Number(text) : NaN;
    return n >= min && n <= max ? n : undefined;
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
const edgeIn = wholeNumbers([
  [1, MAX_LAYERS - 1],
  [0, MAX_LAYER_SIZE - 1],
  [0, MAX_LAYER_SIZE - 1],
]);

/** Two halves joined by PAIR, each read by its own parser. */
const pairOf =
  <A, B>(first: (text: string) => A | undefined, second: (text: string) => B | undefined) =>
  (text: string): [A, B] | undefined => {
    const halves = text.split(PAIR);
    if (halves.length !== 2) return undefined;
    const [a, b] = [first(halves[0]), second(halves[1])];
    return a !== undefined && b !== undefined ? [a, b] : undefined;
  };

const startIn = pairOf(decimalIn(...W_DOMAIN), decimalIn(...B_DOMAIN));

/** Two different weights, "layer-j-k" each. */
const surfacePairIn = (text: string): SurfacePair | undefined => {
  const pair = pairOf(edgeIn, edgeIn)(text);
  if (!pair || pair[0].join() === pair[1].join()) return undefined;
  const [[l1, j1, k1], [l2, j2, k2]] = pair;
  return [
    { layer: l1, j: j1, k: k1 },
    { layer: l2, j: j2, k: k2 },
  ];
};

/** Long enough to recognise, short enough for a notice. */
const shown = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/**
 * The scene a query string describes. Every field is checked; one that is malformed or out of
 * range is left out (the page keeps its default for it) and named in `problems`.
 */
export function decodeScene(
  query: string,
  modelIds: readonly string[],
): { scene: Partial<Scene>; problems: SceneProblem[] } {
  const q = new URLSearchParams(query);
  const scene: Partial<Scene> = {};
  const problems: SceneProblem[] = [];
  const read = <T>(key: SceneKey, parse: (text: string) => T | undefined) => {
    const text = q.get(key);
    if (text === null) return undefined;
    const value = parse(text);
    if (value === undefined) problems.push({ key, value: shown(text) });
    return value;
  };

  scene.page = read('page', oneOf(PAGES));
  scene.model = read('model', oneOf(modelIds));
  const index = read('ex', integerIn(0, TEST_DIGITS - 1));
  const pixels = read('digit', (text) => unpackDigit(text) ?? undefined);
  if (pixels) scene.example = { kind: 'drawing', pixels };
  else if (index !== undefined) scene.example = { kind: 'mnist', index };
  scene.drawnLabel = read('label', integerIn(0, 9));
  scene.step = read('step', integerIn(0, backpropSteps(MAX_LAYERS).length - 1));
  const neuron = read('neuron', neuronIn);
  if (neuron) scene.neuron = { layer: neuron[0], index: neuron[1] };
  const edge = read('edge', edgeIn);
  if (edge) scene.edge = { layer: edge[0], j: edge[1], k: edge[2] };
  scene.edgeMode = read('edges', oneOf(EDGE_MODES));
  scene.theme = read('theme', oneOf(THEMES));
  scene.palette = read('palette', oneOf(PALETTES));
  scene.language = read('lang', oneOf(LANGUAGES));
  const projector = read('projector', oneOf(['0', '1']));
  if (projector) scene.projector = projector === '1';
  scene.learningRate = read('lr', decimalIn(LIMITS.learningRate.min, LIMITS.learningRate.max));
  scene.batchSize = read('batch', integerIn(LIMITS.batchSize.min, LIMITS.batchSize.max));
  scene.epochs = read('epochs', integerIn(LIMITS.epochs.min, LIMITS.epochs.max));
  scene.seed = read('seed', integerIn(LIMITS.seed.min, LIMITS.seed.max));
  scene.init = read('init', oneOf(INITIALISATIONS));
  scene.lessonRate = read('eta', decimalIn(LIMITS.learningRate.min, LIMITS.learningRate.max));
  scene.labView = read('lab', oneOf(LAB_VIEWS));
  scene.curveRate = read('curve-eta', decimalIn(CURVE_RATE.min, CURVE_RATE.max));
  scene.curveStart = read('curve-x', decimalIn(...CURVE_DOMAIN));
  const balls = read('curve-balls', oneOf(['1', '4']));
  if (balls) scene.curveSeveral = balls === '4';
  scene.fitRate = read('fit-eta', decimalIn(FIT_RATE.min, FIT_RATE.max));
  scene.fitBatch = read('fit-batch', oneOf(FIT_BATCHES));
  const start = read('fit-start', startIn);
  if (start) scene.fitStart = { w: start[0], b: start[1] };
  scene.surfacePair = read('surface', surfacePairIn);
  for (const key of Object.keys(scene) as (keyof Scene)[]) {
    if (scene[key] === undefined) delete scene[key];
  }
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
    problems.push({ key: 'neuron', value: `${neuron.layer}-${neuron.index}` });
  }
  if (edge && lacks(edge)) {
    delete fitted.edge;
    problems.push({ key: 'edge', value: weightText(edge) });
  }
  if (surfacePair?.some(lacks)) {
    delete fitted.surfacePair;
    problems.push({ key: 'surface', value: surfacePair.map(weightText).join(PAIR) });
  }
  if (step !== undefined && step >= backpropSteps(sizes.length).length) {
    delete fitted.step;
    problems.push({ key: 'step', value: String(step) });
  }
  return { scene: fitted, problems };
}

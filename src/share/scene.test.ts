import { describe, expect, it } from 'vitest';
import { DIGIT_PIXELS, packDigit } from './digitPixels';
import type { Scene } from './scene';
import { decodeScene, encodeScene, fitSceneToModel, hasScene } from './scene';

const MODELS = ['3b1b', 'best'];
const SIZES = [784, 16, 16, 10];

const lesson: Scene = {
  page: 'backprop',
  model: 'best',
  example: { kind: 'mnist', index: 1234 },
  drawnLabel: null,
  step: 6,
  neuron: { layer: 2, index: 5 },
  edge: { layer: 2, j: 5, k: 15 },
  edgeMode: 'contribution',
  theme: 'light',
  palette: 'colourblind',
  language: 'zh',
  projector: true,
  learningRate: 0.0125,
  batchSize: 32,
  epochs: 12,
  seed: 2 ** 31 - 1,
  init: 'he',
  lessonRate: 3,
  labView: 'jacobian',
  sequenceCell: 'gru',
  sequenceStep: 40,
  curveRate: 2.51,
  curveStart: -4.37,
  curveSeveral: true,
  fitRate: 0.0316,
  fitBatch: '1',
  fitStart: { w: 3.25, b: -3.5 },
  surfacePair: [
    { layer: 1, j: 15, k: 783 },
    { layer: 3, j: 2, k: 0 },
  ],
};

/** The lab's and the descent page's settings travel only with their own page. */
const offPage = {
  labView: undefined,
  sequenceCell: undefined,
  sequenceStep: undefined,
  curveRate: undefined,
  curveStart: undefined,
  curveSeveral: undefined,
  fitRate: undefined,
  fitBatch: undefined,
  fitStart: undefined,
  surfacePair: undefined,
};

const drawn = new Uint8Array(DIGIT_PIXELS).map((_, i) => (i % 29 === 0 ? (i * 7) % 256 : 0));

describe('encodeScene / decodeScene', () => {
  it('round-trips a lesson scene with no problems', () => {
    // An MNIST digit brings its own label: the drawn digit's label is not part of the link.
    expect(decodeScene(encodeScene({ ...lesson, drawnLabel: 4 }), MODELS)).toEqual({
      scene: { ...lesson, drawnLabel: undefined, ...offPage },
      problems: [],
    });
    expect(encodeScene(lesson)).not.toMatch(/lab=|curve-|fit-|surface=/);
  });

  it('round-trips the lab tab on the lab page', () => {
    const query = encodeScene({ ...lesson, page: 'lab', edge: null });
    expect(query).toContain('lab=jacobian');
    expect(query).not.toMatch(/step=|curve-|fit-|surface=/);
    expect(decodeScene(query, MODELS)).toEqual({
      scene: {
        ...lesson,
        page: 'lab',
        drawnLabel: undefined,
        edge: undefined,
        step: undefined,
        ...offPage,
        labView: 'jacobian',
      },
      problems: [],
    });
  });

  it('round-trips the descent settings on the descent page, the surface pair only when chosen', () => {
    const descent: Scene = { ...lesson, page: 'descent', edge: null };
    const query = encodeScene(descent);
    expect(query).toContain(
      'curve-eta=2.51&curve-x=-4.37&curve-balls=4&fit-eta=0.0316&fit-batch=1&fit-start=3.25_-3.5&surface=1-15-783_3-2-0',
    );
    expect(decodeScene(query, MODELS)).toEqual({
      scene: {
        ...descent,
        drawnLabel: undefined,
        edge: undefined,
        step: undefined,
        labView: undefined,
        sequenceCell: undefined,
        sequenceStep: undefined,
      },
      problems: [],
    });
    const defaults: Scene = { ...descent, curveSeveral: false, surfacePair: null };
    const back = decodeScene(encodeScene(defaults), MODELS);
    expect(back.scene.curveSeveral).toBe(false);
    expect(Object.keys(back.scene)).not.toContain('surfacePair');
  });

  it("round-trips the sequence page's cell and timeline step, counted from 1 in a link", () => {
    const sequence: Scene = { ...lesson, page: 'sequence' };
    const query = encodeScene(sequence);
    expect(query).toContain('cell=gru&seqstep=41');
    const { scene, problems } = decodeScene(query, MODELS);
    expect(problems).toEqual([]);
    expect(scene).toMatchObject({ page: 'sequence', sequenceCell: 'gru', sequenceStep: 40 });
    expect(decodeScene('page=sequence&cell=cnn&seqstep=57', MODELS).problems).toEqual([
      { key: 'cell', value: 'cnn' },
      { key: 'seqstep', value: '57' },
    ]);
  });

  it('round-trips a drawn digit, its label and the defaults', () => {
    const scene: Scene = {
      ...lesson,
      page: 'explore',
      model: null,
      example: { kind: 'drawing', pixels: drawn },
      drawnLabel: 7,
      neuron: null,
      edge: null,
      edgeMode: 'weight',
      theme: 'dark',
      palette: 'standard',
      language: 'en',
      projector: false,
    };
    const { scene: back, problems } = decodeScene(encodeScene(scene), MODELS);
    expect(problems).toEqual([]);
    // Off the backprop page the step is not part of the link; no model, neuron or edge either.
    expect(back).toEqual({
      ...scene,
      step: undefined,
      model: undefined,
      neuron: undefined,
      edge: undefined,
      ...offPage,
    });
    expect(Object.keys(back)).not.toContain('step');
  });

  it('leaves out absent fields, so the page keeps its defaults for them', () => {
    expect(decodeScene('', MODELS)).toEqual({ scene: {}, problems: [] });
    expect(decodeScene('theme=light', MODELS)).toEqual({ scene: { theme: 'light' }, problems: [] });
    expect(hasScene('')).toBe(false);
    expect(hasScene('utm_source=mail')).toBe(false);
    expect(hasScene('step=3')).toBe(true);
  });

  it('rejects each malformed or out-of-range field with a problem, keeping the rest', () => {
    const cases: [string, string][] = [
      ['page', 'nope'],
      ['model', 'gpt'],
      ['ex', '10000'],
      ['ex', '-1'],
      ['ex', '1.5'],
      ['digit', '%%%'],
      ['digit', packDigit(drawn.slice(0, 700))],
      ['label', '10'],
      ['step', '-4'],
      ['step', '999'],
      ['step', '0'],
      ['neuron', '99-99'],
      ['neuron', '2'],
      ['neuron', '0-3'],
      ['edge', '2-5'],
      ['edges', 'both'],
      ['theme', 'pink'],
      ['palette', 'mono'],
      ['lang', 'fr'],
      ['projector', 'yes'],
      ['lr', 'abc'],
      ['lr', '0'],
      ['lr', '1e9'],
      ['lr', 'NaN'],
      ['lr', 'Infinity'],
      ['batch', '0'],
      ['batch', '2000'],
      ['epochs', '0'],
      ['epochs', '1001'],
      ['seed', '-5'],
      ['init', 'zeros'],
      ['eta', ''],
      ['lab', 'settings'],
      ['curve-eta', '0'],
      ['curve-eta', '32'],
      ['curve-x', '-5.01'],
      ['curve-x', '5e1'],
      ['curve-x', '--1'],
      ['curve-balls', '2'],
      ['fit-eta', '0.002'],
      ['fit-eta', '1.5'],
      ['fit-batch', '20'],
      ['fit-start', '-2'],
      ['fit-start', '4.6_0'],
      ['fit-start', '0_-4.5'],
      ['fit-start', '1_2_3'],
      ['fit-start', 'w_b'],
      ['surface', '3-0-1'],
      ['surface', '3-0-1_3-0-1'],
      ['surface', '3-0-1_x'],
      ['surface', '8-0-1_3-0-2'],
    ];
    for (const [key, value] of cases) {
      const [otherKey, other, field] =
        key === 'theme' ? ['lang', 'zh', 'language'] : ['theme', 'light', 'theme'];
      const query = new URLSearchParams({ [otherKey]: other, [key]: value }).toString();
      const { scene, problems } = decodeScene(query, MODELS);
      const shown = value.length > 24 ? `${value.slice(0, 24)}…` : value;
      expect(problems, `${key}=${value}`).toEqual([{ key, value: shown }]);
      expect(scene, `${key}=${value}`).toEqual({ [field]: other });
    }
  });

  it('reports every problem of a garbage link and shortens long values', () => {
    const { scene, problems } = decodeScene(
      `page=nope&step=-4&neuron=99-99&digit=%%%&lr=abc&theme=${'x'.repeat(100)}&lab=x&fit-batch=7`,
      MODELS,
    );
    expect(scene).toEqual({});
    expect(problems.map((p) => p.key)).toEqual([
      'page',
      'digit',
      'step',
      'neuron',
      'theme',
      'lr',
      'lab',
      'fit-batch',
    ]);
    expect(problems.find((p) => p.key === 'theme')?.value).toBe(`${'x'.repeat(24)}…`);
  });

  it('counts the step from 1, as the page does ("Step 7 of 13" is step=7)', () => {
    const query = encodeScene(lesson);
    expect(new URLSearchParams(query).get('step')).toBe('7');
    expect(new URLSearchParams(query).get('v')).toBe('2');
    expect(decodeScene('page=backprop&step=7', MODELS).scene.step).toBe(6);
    expect(decodeScene('step=1', MODELS).scene.step).toBe(0);
    expect(decodeScene('step=13', MODELS).scene.step).toBe(12);
    // Edited by hand from a link of this version: still from 1.
    const edited = new URLSearchParams(query);
    edited.set('step', '3');
    expect(decodeScene(edited.toString(), MODELS).scene.step).toBe(2);
  });

  it('reads a link (or saved session) the app wrote before version 2 with its step from 0', () => {
    const old = new URLSearchParams(encodeScene(lesson));
    old.delete('v');
    old.set('step', '7');
    expect(decodeScene(old.toString(), MODELS)).toEqual({
      scene: { ...lesson, step: 7, drawnLabel: undefined, ...offPage },
      problems: [],
    });
    old.set('step', '0');
    expect(decodeScene(old.toString(), MODELS).scene.step).toBe(0);
    old.set('step', '99');
    expect(decodeScene(old.toString(), MODELS).problems).toEqual([{ key: 'step', value: '99' }]);
    // Short of one field the old Copy link always wrote, it was written by hand: from 1.
    old.set('step', '7');
    old.delete('eta');
    expect(decodeScene(old.toString(), MODELS).scene.step).toBe(6);
  });

  it('prefers a drawn digit over an MNIST index when a link has both', () => {
    const query = `ex=5&digit=${packDigit(drawn)}`;
    expect(decodeScene(query, MODELS).scene.example).toEqual({ kind: 'drawing', pixels: drawn });
  });
});

describe('the start=random link key', () => {
  it('asks for a start from random weights, is never written back, and refuses other values', () => {
    expect(decodeScene('start=random', [])).toEqual({ scene: { start: 'random' }, problems: [] });
    expect(hasScene('start=random')).toBe(true);
    expect(encodeScene({ ...lesson, start: 'random' })).toContain('start=random');
    expect(encodeScene(lesson)).not.toContain('start');
    expect(decodeScene('start=trained&lr=2', [])).toEqual({
      scene: { learningRate: 2 },
      problems: [{ key: 'start', value: 'trained' }],
    });
  });
});

describe('fitSceneToModel', () => {
  it('keeps a neuron, edge and step the network has', () => {
    const scene = { neuron: { layer: 3, index: 9 }, edge: { layer: 1, j: 15, k: 783 }, step: 12 };
    expect(fitSceneToModel(scene, SIZES)).toEqual({ scene, problems: [] });
  });

  it('drops a neuron, edge or step the network lacks, and says so', () => {
    const scene = {
      theme: 'light' as const,
      neuron: { layer: 3, index: 10 },
      edge: { layer: 4, j: 0, k: 0 },
      step: 13,
    };
    expect(fitSceneToModel(scene, SIZES)).toEqual({
      scene: { theme: 'light' },
      problems: [
        { key: 'neuron', value: '3-10' },
        { key: 'edge', value: '4-0-0' },
        { key: 'step', value: '14' },
      ],
    });
    expect(fitSceneToModel({ edge: { layer: 2, j: 3, k: 16 } }, SIZES).problems).toHaveLength(1);
  });

  it('keeps surface weights the network has and drops a pair with one it lacks', () => {
    const scene = { surfacePair: lesson.surfacePair! };
    expect(fitSceneToModel(scene, SIZES)).toEqual({ scene, problems: [] });
    const outside = {
      surfacePair: [lesson.surfacePair![0], { layer: 3, j: 10, k: 0 }] as Scene['surfacePair'],
    };
    expect(fitSceneToModel(outside, SIZES)).toEqual({
      scene: {},
      problems: [{ key: 'surface', value: '1-15-783_3-10-0' }],
    });
  });
});

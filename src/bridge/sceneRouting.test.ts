import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DigitSet } from '../engine/dataset';
import { MNIST_SPEC } from '../engine/network';
import { messagesFor } from '../i18n/catalogue';
import { echo } from '../i18n/echo';
import { DIGIT_PIXELS } from '../share/digitPixels';
import { SAVED_SCENE_KEY } from '../share/savedScene';
import { decodeScene, encodeScene } from '../share/scene';
import { useAppStore } from '../store/appStore';
import type { EngineBridge } from './engineBridge';
import { openScene, sceneOf, showScene } from './sceneRouting';

const initial = useAppStore.getState();
const testSet: DigitSet = {
  count: 10_000,
  pixels: DIGIT_PIXELS,
  images: new Uint8Array(0),
  labels: new Uint8Array(10_000),
};

/** An engine that only records the hyper-parameters it is given. */
const engine = {
  setParams: vi.fn((params) => useAppStore.getState().setParams(params)),
} as unknown as EngineBridge;

const noticeTexts = () => useAppStore.getState().notices.map((n) => n.text(messagesFor('en')));

beforeEach(() => {
  useAppStore.setState(initial, true);
  useAppStore.setState({
    shippedModels: [{ id: '3b1b', file: '', name: '', description: '', testAccuracy: 0 }],
    model: { spec: MNIST_SPEC, meta: {}, generation: 1 },
    testSet,
  });
  const storage = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => storage.set(k, v),
    removeItem: (k: string) => storage.delete(k),
  });
});

afterEach(() => vi.unstubAllGlobals());

const openAt = (search: string) => {
  vi.stubGlobal('location', { search });
  return openScene(useAppStore, engine);
};

describe('sceneOf', () => {
  it('describes the page on screen so that a link decodes back to it', () => {
    const s = useAppStore.getState();
    s.setPage('explore');
    s.showExample(42);
    s.select({ layer: 2, index: 3 });
    s.setTheme('light');
    s.setLessonRate(0.5);
    const scene = sceneOf(useAppStore.getState());
    expect(scene).toMatchObject({
      page: 'explore',
      example: { kind: 'mnist', index: 42 },
      neuron: { layer: 2, index: 3 },
      edge: null,
      theme: 'light',
      lessonRate: 0.5,
    });
    const { scene: back, problems } = decodeScene(encodeScene(scene), ['3b1b']);
    expect(problems).toEqual([]);
    expect(back).toMatchObject({ page: 'explore', example: scene.example, neuron: scene.neuron });
  });
});

describe('openScene and showScene', () => {
  it('apply a link: settings at once, then the example and the selection', async () => {
    const opening = openAt('?page=explore&ex=123&neuron=3-9&theme=light&lang=zh&lr=0.3&batch=32');
    const s = useAppStore.getState();
    expect([s.theme, s.language, s.params.learningRate, s.params.batchSize]).toEqual([
      'light',
      'zh',
      0.3,
      32,
    ]);
    await showScene(useAppStore, opening);
    const after = useAppStore.getState();
    expect(after.exampleIndex).toBe(123);
    expect(after.selected).toEqual({ layer: 3, index: 9 });
    expect(after.notices).toEqual([]);
  });

  it('keep the defaults for a garbage link, with one notice naming each bad part', async () => {
    const opening = openAt('?page=nope&step=-4&neuron=99-99&digit=%%%&lr=abc');
    await showScene(useAppStore, opening);
    const s = useAppStore.getState();
    expect([s.page, s.exampleIndex, s.selected, s.params.learningRate]).toEqual([
      'explore',
      0,
      null,
      1,
    ]);
    expect(noticeTexts()).toEqual([
      `Parts of this link could not be used, so defaults stand in for them: page "${echo('nope')}", drawn digit "${echo('%%%')}", step "${echo('-4')}", neuron "${echo('99-99')}", learning rate "${echo('abc')}".`,
    ]);
  });

  it('apply the lab tab and the descent settings at once, the surface weights with the model', async () => {
    const opening = openAt(
      '?page=descent&lab=graph&curve-eta=3&curve-x=-1.5&curve-balls=4&fit-eta=0.5&fit-batch=50&fit-start=1_-2&surface=2-3-4_3-9-15',
    );
    const s = useAppStore.getState();
    expect([s.page, s.labView, s.curveRate, s.curveStart, s.curveSeveral]).toEqual([
      'descent',
      'graph',
      3,
      -1.5,
      true,
    ]);
    expect([s.fitRate, s.fitBatch, s.fitStart]).toEqual([0.5, '50', { w: 1, b: -2 }]);
    expect(s.surfacePair).toBeNull();
    await showScene(useAppStore, opening);
    expect(useAppStore.getState().surfacePair).toEqual([
      { layer: 2, j: 3, k: 4 },
      { layer: 3, j: 9, k: 15 },
    ]);
    expect(useAppStore.getState().notices).toEqual([]);
    expect(encodeScene(sceneOf(useAppStore.getState()))).toContain(
      'curve-eta=3&curve-x=-1.5&curve-balls=4&fit-eta=0.5&fit-batch=50&fit-start=1_-2&surface=2-3-4_3-9-15',
    );
  });

  it('name surface weights the loaded network lacks, keeping its own pair', async () => {
    await showScene(useAppStore, openAt('?page=descent&surface=3-10-0_3-9-15'));
    expect(useAppStore.getState().surfacePair).toBeNull();
    expect(noticeTexts()[0]).toContain(`weights of the cost surface "${echo('3-10-0_3-9-15')}"`);
  });

  it('name a neuron the loaded network lacks once the model is known', async () => {
    await showScene(useAppStore, openAt('?neuron=3-12'));
    expect(useAppStore.getState().selected).toBeNull();
    expect(noticeTexts()[0]).toContain(`neuron "${echo('3-12')}"`);
  });

  it('open "Step 7 of 13" for step=7, and an old Copy link or saved session at its step from 0', () => {
    expect(openAt('?page=backprop&ex=3&step=7').scene.step).toBe(6);

    const written = encodeScene({ ...sceneOf(useAppStore.getState()), page: 'backprop', step: 7 });
    expect(written).toContain('step=8');
    expect(openAt(`?${written}`).scene.step).toBe(7);

    const old = new URLSearchParams(written);
    old.delete('v');
    old.set('step', '7');
    expect(openAt(`?${old}`).scene.step).toBe(7);
    localStorage.setItem(SAVED_SCENE_KEY, JSON.stringify({ version: 1, query: old.toString() }));
    expect(openAt('').scene.step).toBe(7);
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('restore the last session when the URL has no scene, and drop a corrupt one', async () => {
    localStorage.setItem(
      SAVED_SCENE_KEY,
      JSON.stringify({ version: 1, query: 'ex=7&theme=light' }),
    );
    await showScene(useAppStore, openAt(''));
    expect(useAppStore.getState().theme).toBe('light');
    expect(useAppStore.getState().exampleIndex).toBe(7);

    useAppStore.setState(initial, true);
    localStorage.setItem(SAVED_SCENE_KEY, '{oops');
    openAt('?utm_source=mail');
    expect(noticeTexts()[0]).toMatch(/could not be read/);
    expect(localStorage.getItem(SAVED_SCENE_KEY)).toBeNull();
    expect(useAppStore.getState().theme).toBe('dark');
  });
});

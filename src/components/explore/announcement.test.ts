import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineBridge } from '../../bridge/engineBridge';
import { routeInput } from '../../bridge/inputRouting';
import type { DigitSet } from '../../engine/dataset';
import { digitInput } from '../../engine/dataset';
import { messagesFor } from '../../i18n/catalogue';
import { useAppStore } from '../../store/appStore';
import type { TrainingSnapshot } from '../../worker/protocol';
import { announceAnswers, SETTLE_MS } from './announcement';

const say = messagesFor('en').system;

/** The engine's answer for `input`: `digit` at 90%. */
function answer(input: Float64Array | null, digit: number): TrainingSnapshot {
  const output = new Float64Array(10).fill(0.01);
  output[digit] = 0.9;
  return {
    weights: [],
    biases: [],
    weightsVersion: 1,
    probe: input && { z: [], a: [input, output], dCdz: [] },
    loss: NaN,
    trainAccuracy: NaN,
    validationAccuracy: null,
    examplesPerSecond: 0,
    epoch: 0,
    position: 0,
    epochSize: 0,
    examplesSeen: 0,
  };
}

/** Three 2×2 test digits, each inked in one more pixel than the one before. */
const TEST_SET: DigitSet = {
  count: 3,
  pixels: 4,
  images: Uint8Array.from([255, 0, 0, 0, 255, 255, 0, 0, 255, 255, 255, 0]),
  labels: Uint8Array.from([1, 2, 3]),
};

describe('the announcement of the network’s answer, with an engine slower than the pen', () => {
  /** Every input the page sent the engine, in order: the engine answers them when told to. */
  let sent: (Float64Array | null)[];
  let heard: string[];
  /** Animation frames run only when the test says so, as on a page too busy to paint. */
  let frames: FrameRequestCallback[];
  let stop: (() => void)[];
  const s = () => useAppStore.getState();
  const engineAnswers = (input: Float64Array | null, digit: number) =>
    s().setSnapshot(answer(input, digit));
  const nextFrame = () => frames.splice(0).forEach((f) => f(performance.now()));
  const wait = (ms: number) => vi.advanceTimersByTime(ms);

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    useAppStore.setState({
      language: 'en',
      inputSource: 'drawing',
      strokes: [],
      strokesVersion: 0,
      penDown: false,
      drawnDigit: null,
      drawnDigitVersion: 0,
      linkedDigit: null,
      padSize: { width: 280, height: 280 },
      testSet: TEST_SET,
      exampleIndex: 0,
      snapshot: null,
      running: false,
      engineStopped: false,
    });
    sent = [];
    heard = [];
    const engine = {
      setInput: (input: Float64Array | null) => sent.push(input),
      showTestDigit: (i: number) => sent.push(digitInput(TEST_SET, i)),
    } as unknown as EngineBridge;
    stop = [routeInput(useAppStore, engine), announceAnswers(useAppStore, (t) => heard.push(t))];
  });

  afterEach(() => {
    stop.forEach((f) => f());
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('says the answer once per pen lift: not at a pause mid-stroke, not for earlier strokes', () => {
    wait(SETTLE_MS);
    expect(heard).toEqual([say.networkReadsNothing]);
    heard = [];

    s().beginStroke({ x: 140, y: 40 });
    for (let y = 60; y <= 240; y += 20) {
      nextFrame();
      s().extendStroke([{ x: 140 + (y % 40), y }]);
    }
    // The pen rests mid-stroke while the engine answers an early stage of the drawing.
    engineAnswers(sent[2], 7);
    wait(3 * SETTLE_MS);
    nextFrame();
    s().extendStroke([{ x: 150, y: 250 }]);
    nextFrame();
    s().endStroke();
    nextFrame();
    // After the lift, the answers to the strokes before it trickle in, slower than SETTLE_MS.
    engineAnswers(sent.at(-3)!, 1);
    wait(2 * SETTLE_MS);
    engineAnswers(sent.at(-2)!, 7);
    wait(2 * SETTLE_MS);
    engineAnswers(sent.at(-1)!, 4);
    wait(SETTLE_MS / 2);
    // The same answer again (the engine's next snapshot) is no second announcement.
    engineAnswers(sent.at(-1)!, 4);
    wait(3 * SETTLE_MS);
    expect(heard).toEqual([say.networkReads(4, 90)]);
  });

  it('waits for the drawing of the last strokes when the frame that makes it is late', () => {
    s().beginStroke({ x: 140, y: 40 });
    s().extendStroke([{ x: 140, y: 240 }]);
    s().endStroke();
    // The last move is drawn on the next frame; until then only the first one's answer is in.
    engineAnswers(sent[0], 1);
    wait(3 * SETTLE_MS);
    nextFrame();
    expect(sent).toHaveLength(2);
    engineAnswers(sent[1], 7);
    wait(3 * SETTLE_MS);
    expect(heard).toEqual([say.networkReads(7, 90)]);
  });

  it('names no answer for a test digit before the engine has answered that digit', () => {
    s().showExample(0);
    engineAnswers(sent[0], 1);
    wait(3 * SETTLE_MS);
    expect(heard).toEqual([say.networkReads(1, 90)]);

    s().showExample(1);
    wait(3 * SETTLE_MS);
    s().showExample(2);
    engineAnswers(sent[1], 2); // the answer for the digit before, arriving late
    wait(3 * SETTLE_MS);
    engineAnswers(sent[2], 3);
    wait(3 * SETTLE_MS);
    expect(heard).toEqual([say.networkReads(1, 90), say.networkReads(3, 90)]);
  });

  it('says the engine is not running when it has stopped and a new digit is shown', () => {
    s().showExample(0);
    engineAnswers(sent[0], 1);
    wait(SETTLE_MS);
    s().markEngineStopped();
    s().showExample(1);
    wait(SETTLE_MS);
    expect(s().snapshot?.probe).toBeNull();
    expect(heard).toEqual([say.networkReads(1, 90), say.engineNotRunning]);
  });
});

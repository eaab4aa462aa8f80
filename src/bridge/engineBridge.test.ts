import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MNIST_SPEC, createNetwork, forward } from '../engine/network';
import { parseNetwork, serializeNetwork } from '../engine/serialize';
import { messagesFor } from '../i18n/catalogue';
import { useAppStore } from '../store/appStore';
import { createEngineHost } from '../worker/engineHost';
import type { FromWorker, ToWorker } from '../worker/protocol';
import { createEngineBridge } from './engineBridge';
import { EngineError } from './engineError';

/** A worker that runs the real engine host in this thread, and can be made to hang. */
class HostWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  hung = false;
  terminated = false;
  received: ToWorker[] = [];
  /** When set, rewrites the worker's messages on their way to the page. */
  garble: ((message: FromWorker) => FromWorker) | null = null;
  private host = createEngineHost({
    post: (message) => {
      const copy = structuredClone(this.garble ? this.garble(message) : message);
      queueMicrotask(() => this.onmessage?.({ data: copy } as MessageEvent<FromWorker>));
    },
    defer: (fn) => queueMicrotask(fn),
    now: () => performance.now(),
    loadDigits: () => new Promise(() => {}), // the data sets never arrive here
  });
  postMessage(message: ToWorker): void {
    if (this.hung || this.terminated) return;
    this.received.push(message);
    this.host.handle(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the engine bridge', () => {
  let workers: HostWorker[];
  let bridge: ReturnType<typeof createEngineBridge>;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'performance'] });
    useAppStore.setState({ notices: [], model: null, snapshot: null, running: false });
    workers = [];
    bridge = createEngineBridge(
      useAppStore,
      () => {
        const worker = new HostWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      },
      (path) => path,
    );
    const json = serializeNetwork(createNetwork(MNIST_SPEC, 5), { name: 'five' });
    expect(await bridge.loadModel(json, 'five')).toBe(true);
    bridge.setInput(new Float64Array(784).fill(0.25), null);
    await settle();
  });

  afterEach(() => vi.useRealTimers());

  const outputs = () => Array.from(useAppStore.getState().snapshot?.probe?.a.at(-1) ?? []);

  it('answers heartbeats, and replaces a worker that stops answering with the same weights', async () => {
    const before = outputs();
    expect(before).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(workers).toHaveLength(1);

    workers[0].hung = true;
    await vi.advanceTimersByTimeAsync(40_000);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    await settle();
    const load = workers[1].received.find((m) => m.type === 'load-model');
    const restored = load?.type === 'load-model' ? parseNetwork(load.json) : null;
    const original = createNetwork(MNIST_SPEC, 5);
    expect(restored?.net.weights).toEqual(original.weights);
    expect(restored?.meta).toEqual({ name: 'five' });
    // The digit on screen is shown again, so the outputs come back exactly.
    expect(outputs()).toEqual(before);
    expect(useAppStore.getState().modelId).toBe('five');
    const notice = useAppStore.getState().notices.at(-1);
    expect(notice?.text(messagesFor('en'))).toMatch(/^The engine stopped unexpectedly/);
  });

  it('answers a new digit on the page at once, exactly as the worker does', async () => {
    const net = createNetwork(MNIST_SPEC, 5);
    const digit = (k: number) => new Float64Array(784).map((_, i) => ((i * k) % 11) / 10);
    bridge.setInput(digit(3), null);
    // Before any message from the worker: the page's own answer under the weights on screen.
    expect(outputs()).toEqual(Array.from(forward(net, digit(3)).a[3]));
    const onPage = useAppStore.getState().snapshot;
    await settle();
    // The worker's answer is the same, to the last bit.
    expect(useAppStore.getState().snapshot).not.toBe(onPage);
    expect(outputs()).toEqual(Array.from(forward(net, digit(3)).a[3]));

    // An answer trailing the pen (the worker never saw the newer digit) does not take the newer
    // digit's answer off screen.
    bridge.setInput(digit(5), null);
    workers[0].hung = true;
    bridge.setInput(digit(7), null);
    await settle();
    expect(Array.from(useAppStore.getState().snapshot?.probe?.a[0] ?? [])).toEqual(
      Array.from(digit(7)),
    );
    expect(outputs()).toEqual(Array.from(forward(net, digit(7)).a[3]));

    // Nor does one trailing a cleared pad bring the old digit's answer back.
    workers[0].hung = false;
    bridge.setInput(digit(9), null);
    workers[0].hung = true;
    bridge.setInput(null, null);
    expect(useAppStore.getState().snapshot?.probe).toBeNull();
    await settle();
    expect(useAppStore.getState().snapshot?.probe).toBeNull();
  });

  it('restarts after a worker error, but not in a loop', async () => {
    workers[0].onerror?.();
    await settle();
    expect(workers).toHaveLength(2);
    workers[1].onerror?.();
    await settle();
    expect(workers).toHaveLength(2);
    const notice = useAppStore.getState().notices.at(-1);
    expect(notice?.kind).toBe('error');
    expect(notice?.text(messagesFor('zh'))).toMatch(/请重新加载页面/);
  });

  it('stops for good after giving up: no heartbeat revives it, and a request fails at once', async () => {
    workers[0].onerror?.();
    await settle();
    workers[1].onerror?.();
    await settle();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(workers).toHaveLength(2);
    expect(useAppStore.getState().notices.at(-1)?.text(messagesFor('en'))).toMatch(/Reload/);

    let failure: unknown = null;
    bridge.saveModel().catch((e: unknown) => (failure = e));
    await settle();
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as EngineError).message).toBe(messagesFor('en').system.engineRequestLost);
  });

  it('says a refused model file in the current language, the engine’s words kept apart', async () => {
    expect(await bridge.loadModel('not json', null)).toBe(false);
    const notice = useAppStore.getState().notices.at(-1);
    expect(notice?.kind).toBe('error');
    expect(notice?.text(messagesFor('zh'))).toBe('无法加载这个模型。当前模型保持不变。');
    expect(notice?.text(messagesFor('en'))).toBe(
      'That model could not be loaded. The current model is unchanged.',
    );
    expect(notice?.detail).toMatch(/not valid JSON/);
  });

  it('rejects an answer of another type than the request’s, and says so', async () => {
    workers[0].garble = (m) =>
      'requestId' in m && m.type !== 'error' ? { type: 'pong', requestId: m.requestId ?? 0 } : m;
    const digit = new Float64Array(784).fill(0.5);
    const failures = await Promise.all([
      bridge.saveModel().then(
        () => null,
        (e: unknown) => e,
      ),
      bridge.lesson(digit, 3, 1, { inputs: [], labels: [] }).then(
        () => null,
        (e: unknown) => e,
      ),
    ]);
    expect(failures.map((e) => (e instanceof EngineError ? e.message : e))).toEqual([
      'The engine gave an answer that does not fit the request, so it was set aside. Expected a "model-json" reply, received "pong".',
      'The engine gave an answer that does not fit the request, so it was set aside. Expected a "lesson" reply, received "pong".',
    ]);
    const notices = useAppStore.getState().notices.slice(-2);
    expect(notices.map((n) => [n.kind, n.text(messagesFor('zh'))])).toEqual([
      ['error', '计算引擎的回答与请求对不上，已被搁置。'],
      ['error', '计算引擎的回答与请求对不上，已被搁置。'],
    ]);
    expect(notices[0].detail).toBe('Expected a "model-json" reply, received "pong".');
  });

  it('keeps the network when the engine refuses a new one, and says why', async () => {
    const model = useAppStore.getState().model;
    const spec = { ...MNIST_SPEC, sizes: [784, 200000, 10] };
    expect(await bridge.reset(spec, useAppStore.getState().params)).toBe(false);
    expect(useAppStore.getState().model).toBe(model);
    const notice = useAppStore.getState().notices.at(-1);
    expect(notice?.text(messagesFor('en'))).toBe('The engine refused that request.');
    expect(notice?.detail).toMatch(/"spec\.sizes\[1\]" must be a whole number from 1 to 128/);
  });
});

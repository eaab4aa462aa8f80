import { describe, expect, it } from 'vitest';
import { MNIST_SPEC, createNetwork, forward } from '../engine/network';
import { createRng } from '../engine/random';
import { traceExample, oneHot } from '../engine/trace';
import { appEn } from '../i18n/en/app';
import { liveChainRule, traceLive } from './liveChainRule';

const net = createNetwork(MNIST_SPEC, 7, 'xavier');
const rng = createRng(3);
const input = Float64Array.from({ length: 784 }, () => (rng.next() < 0.2 ? rng.next() : 0));
const L = MNIST_SPEC.sizes.length - 1;

const valueOf = (lines: { testId?: string; value?: number }[], id: string) =>
  lines.find((line) => line.testId === id)?.value;

describe('traceLive', () => {
  it('traces the example under the weights it is given', () => {
    const lesson = traceLive(MNIST_SPEC, net, { input, label: 3 }, 0.5);
    const { z, a } = forward(net, input);
    expect(lesson.trace.z[2]).toEqual(z[2]);
    expect(lesson.trace.a[L]).toEqual(a[L]);
    expect(lesson.trace.dCdb).toEqual(traceExample(net, input, oneHot(3, 10)).dCdb);
    expect(lesson.learningRate).toBe(0.5);
  });
});

describe('liveChainRule', () => {
  const labelled = traceLive(MNIST_SPEC, net, { input, label: 3 }, 1);

  it('gives a hidden neuron its z and a, then the backward pass down to ∂C/∂b', () => {
    const view = liveChainRule(labelled, true, { layer: 1, index: 4 }, appEn);
    expect(view.title).toBe('Hidden layer 1, neuron 5');
    expect(view.forward.map((line) => line.testId)).toEqual(['chain-rule-z', 'chain-rule-a']);
    expect(valueOf(view.forward, 'chain-rule-z')).toBe(labelled.trace.z[1][4]);
    expect(valueOf(view.forward, 'chain-rule-a')).toBe(labelled.trace.a[1][4]);
    expect(valueOf(view.backward, 'chain-rule-dCda')).toBe(labelled.trace.dCda[1][4]);
    expect(valueOf(view.backward, 'chain-rule-dCdb')).toBe(labelled.trace.dCdb[0][4]);
  });

  it('never shows the update: training takes that step', () => {
    const view = liveChainRule(labelled, true, { layer: L, index: 3 }, appEn);
    const ids = [...view.forward, ...view.backward].map((line) => line.testId);
    expect(ids).toContain('chain-rule-cost');
    expect(ids).not.toContain('chain-rule-updated');
    expect(ids).not.toContain('chain-rule-after');
  });

  it('shows an unlabelled drawing its forward pass alone, whatever label it was traced with', () => {
    const asZero = traceLive(MNIST_SPEC, net, { input, label: null }, 1);
    const view = liveChainRule(asZero, false, { layer: L, index: 7 }, appEn);
    expect(view.title).toBe('Output neuron “7”');
    expect(view.backward).toEqual([]);
    expect(view.forward).toEqual(
      liveChainRule(labelled, true, { layer: L, index: 7 }, appEn).forward,
    );
  });
});

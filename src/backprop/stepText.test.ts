import { describe, expect, it } from 'vitest';
import { MNIST_SPEC } from '../engine/network';
import { appEn } from '../i18n/en/app';
import { appZh } from '../i18n/zh/app';
import { backpropSteps } from './steps';
import { stepText } from './stepText';

const STEPS = backpropSteps(MNIST_SPEC.sizes.length);

describe('stepText', () => {
  it('titles the 13 steps of the 3Blue1Brown network in English', () => {
    expect(STEPS.map((step) => stepText(step, MNIST_SPEC, appEn).title)).toEqual([
      'Forward: input → hidden layer 1',
      'Forward: hidden layer 1 → hidden layer 2',
      'Forward: hidden layer 2 → output',
      'The cost C₀ = Σⱼ (aⱼ − yⱼ)²',
      'What each output neuron wants',
      'Through the activation: δ = ∂C/∂z at the output',
      'Desires summed into hidden layer 2',
      'δ for hidden layer 2',
      'Desires summed into hidden layer 1',
      'δ for hidden layer 1',
      'The gradient: ∂C/∂w = aₖ·δⱼ and ∂C/∂b = δⱼ',
      'The update: w ← w − η·∂C/∂w',
      'Forward again: the cost falls',
    ]);
    expect(stepText(STEPS[0], MNIST_SPEC, appEn).caption).toBe(
      'Each neuron of hidden layer 1 weighs the previous activations, adds its bias and squashes: a = σ(W·a + b).',
    );
    expect(stepText(STEPS[2], MNIST_SPEC, appEn).caption).toMatch(
      /^Each neuron of the output layer /,
    );
    expect(stepText(STEPS[2], MNIST_SPEC, appZh).caption).toMatch(/^输出层的每个神经元/);
  });

  it('says every step in Chinese, with the same formulas', () => {
    const zh = STEPS.map((step) => stepText(step, MNIST_SPEC, appZh));
    expect(zh[0].title).toBe('前向传播：输入层 → 隐含层 1');
    expect(zh[3].title).toBe('代价函数 C₀ = Σⱼ (aⱼ − yⱼ)²');
    for (const { title, caption } of zh) {
      expect(title + caption).toMatch(/[\u4e00-\u9fff]/);
      expect(title + caption).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('titles the cross-entropy cost by its name, with no formula words in the title', () => {
    const cost = STEPS.find((step) => step.kind === 'cost')!;
    for (const output of ['softmax', 'sigmoid'] as const) {
      const spec = { ...MNIST_SPEC, output, cost: 'cross-entropy' as const };
      expect(stepText(cost, spec, appEn).title).toBe('The cross-entropy cost');
      expect(stepText(cost, spec, appZh).title).toBe('代价函数：交叉熵');
    }
  });
});

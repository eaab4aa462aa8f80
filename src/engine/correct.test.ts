import { describe, expect, it } from 'vitest';
import { readMnist } from '../../scripts/mnist-idx';
import { correctExample } from './correct';
import { digitInput, sliceDigits } from './dataset';
import { parseNetwork } from './serialize';
import { createSgd } from './sgd';
import { createRng } from './random';
import { readFileSync } from 'node:fs';

const load = () => parseNetwork(readFileSync('public/models/3b1b.json', 'utf8')).net;
const test = readMnist('test');
const train = sliceDigits(readMnist('train'), 0, 5_000);

/** The first test digit the shipped model gets wrong. */
function firstMistake(): number {
  const guesses = new Uint8Array(test.count);
  createSgd(load(), 100).evaluate(test, 0, test.count, guesses);
  return guesses.findIndex((g, i) => g !== test.labels[i]);
}

describe('correctExample', () => {
  const index = firstMistake();
  const label = test.labels[index];

  it('raises the right output for a misread digit within a few steps', () => {
    const net = load();
    const r = correctExample(net, digitInput(test, index), label, {
      steps: 5,
      learningRate: 1,
      replay: { set: train, count: 9, rng: createRng(1) },
    });
    expect(r.after[label]).toBeGreaterThan(r.before[label]);
    expect(r.after[label]).toBeGreaterThan(0.5);
  });

  it('with replay, forgets less of the rest than training on the one digit alone', () => {
    const accuracyAfter = (replay: boolean) => {
      const net = load();
      correctExample(net, digitInput(test, index), label, {
        steps: 20,
        learningRate: 3,
        replay: replay ? { set: train, count: 9, rng: createRng(2) } : null,
      });
      return createSgd(net, 100).evaluate(test, 0, 2_000).correct;
    };
    expect(accuracyAfter(true)).toBeGreaterThan(accuracyAfter(false));
  });
});

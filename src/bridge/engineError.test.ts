import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/catalogue';
import type { EngineProblem } from '../worker/protocol';
import { EngineError, saidOfFailure, sayEngineProblem, wrongReply } from './engineError';

const PROBLEMS: EngineProblem[] = [
  { kind: 'diverged', learningRate: 100, cost: 12.345 },
  { kind: 'diverged', learningRate: 1e6, cost: null },
  { kind: 'model', detail: 'The file is not valid JSON.' },
  { kind: 'data', set: 'test', detail: 'TypeError: Failed to fetch' },
  { kind: 'data', set: 'train', detail: 'TypeError: Failed to fetch' },
  { kind: 'busy' },
  { kind: 'input', detail: 'No cost surface: the two weights must differ.' },
  { kind: 'model-not-finite' },
];

describe('what the page says about an engine problem', () => {
  it('says every problem in Chinese, keeping the engine’s English words apart', () => {
    const zh = messagesFor('zh');
    for (const problem of PROBLEMS) {
      const { say, detail } = sayEngineProblem(problem);
      const text = say(zh);
      expect(text, problem.kind).toMatch(/[\u4e00-\u9fff]/);
      // MNIST is a name, the same in every language.
      expect(text.replace('MNIST', ''), problem.kind).not.toMatch(/[A-Za-z]{2,}/);
      expect(detail).toBe('detail' in problem ? problem.detail : undefined);
    }
    expect(sayEngineProblem(PROBLEMS[0]).say(zh)).toMatch(/学习率 100 下发散.*12\.3/);
    expect(sayEngineProblem(PROBLEMS[4]).say(zh)).toBe('无法加载 MNIST 训练集。');
  });

  it('says a divergence in English as before, with the cost it climbed to', () => {
    const en = messagesFor('en');
    expect(sayEngineProblem(PROBLEMS[0]).say(en)).toBe(
      'Training diverged at learning rate 100: the cost climbed to 12.3, worse than guessing. Training is paused and the weights from just before are back. Try a smaller learning rate.',
    );
    expect(sayEngineProblem(PROBLEMS[1]).say(en)).toMatch(/infinite or NaN/);
  });

  it('gives a refused request an English message, and recovers what to say from it', () => {
    const error = new EngineError(sayEngineProblem(PROBLEMS[6]));
    expect(error.message).toBe(
      'The engine refused that request. No cost surface: the two weights must differ.',
    );
    expect(saidOfFailure(error).say(messagesFor('zh'))).toBe('计算引擎拒绝了这个请求。');
    const other = saidOfFailure(new DOMException('could not be cloned', 'DataCloneError'));
    expect(other.detail).toBe('DataCloneError: could not be cloned');
  });

  it('writes small and large numbers with powers of ten and true minus signs', () => {
    const problem: EngineProblem = { kind: 'diverged', learningRate: 1e-4, cost: 12345 };
    expect(sayEngineProblem(problem).say(messagesFor('en'))).toMatch(
      /^Training diverged at learning rate 1×10⁻⁴: the cost climbed to 1\.23×10⁴,/,
    );
    expect(sayEngineProblem(problem).say(messagesFor('zh'))).toMatch(
      /^训练在学习率 1×10⁻⁴ 下发散了：代价升到了 1\.23×10⁴，/,
    );
  });

  it('says an answer of the wrong type in both languages, naming only protocol words', () => {
    const said = wrongReply('model-json', 'pong');
    expect(said.say(messagesFor('zh'))).toMatch(/^[^A-Za-z]+$/);
    expect(said.detail).toBe('Expected a "model-json" reply, received "pong".');
    const odd = wrongReply('pong', '\u202egnop\u0000');
    expect(odd.detail).toBe('Expected a "pong" reply, received an unknown message.');
  });

  it('says a model that overflows apart from a malformed one', () => {
    const said = sayEngineProblem({ kind: 'model-not-finite' });
    expect(said.say(messagesFor('en'))).toBe(
      'That model computes infinite or NaN values (its weights are too large), so it was not loaded. The current model is unchanged.',
    );
    expect(said.say(messagesFor('zh'))).toMatch(/当前模型保持不变。$/);
    expect(said.detail).toBeUndefined();
  });
});

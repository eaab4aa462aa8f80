import { describe, expect, it } from 'vitest';
import { LATIN_ALLOWED } from '../../e2e/fixtures/latinWords';
import { appEn } from './en/app';
import { appZh } from './zh/app';

/** Arguments each catalogue function is called with: numbers, and numbers written as text. */
const SAMPLE_ARGS: unknown[][] = [
  [1, 1, 1, 1],
  [7, 3, 2, 5],
  ['7', '3', '2', '5'],
];

/** Functions that take words or flags rather than numbers: both branches of each. */
const SPECIAL_ARGS: Record<string, unknown[][]> = {
  'app.chain.earlier': [
    ['neuron', 1],
    ['edge', 3],
  ],
  'app.chain.nudge': [['weight'], ['bias']],
  'app.chain.strongest': [[true], [false]],
  'app.numberError': [
    ['学习率 η', true, 0, 3],
    ['学习率 η', false, 0.001, 10],
  ],
};

/** Every text of a catalogue, by its key path; functions are said with each set of sample args. */
function texts(node: unknown, path: string): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    return (SPECIAL_ARGS[path] ?? SAMPLE_ARGS).map((args, i): [string, string] => [
      `${path}(#${i})`,
      String((node as (...a: unknown[]) => unknown)(...args)),
    ]);
  }
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => texts(value, `${path}.${key}`));
  }
  throw new Error(`${path}: neither text, function nor group`);
}

/** Latin words of two or more letters that a Chinese course would not write in Latin letters. */
const latinWords = (text: string) =>
  (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !LATIN_ALLOWED.has(word));

describe('the Chinese catalogue of the main views', () => {
  const zh = texts(appZh, 'app');

  it('has no empty text', () => {
    expect(zh.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });

  it('writes no English words, only the allowed names', () => {
    const found = zh.flatMap(([path, text]) => latinWords(text).map((w) => `${path}: ${w}`));
    expect(found).toEqual([]);
  });

  it('names every shipped model, and the English one leaves names to the model list', () => {
    expect(Object.keys(appZh.model.shipped).sort()).toEqual(['3b1b', 'best']);
    expect(appEn.model.shipped).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { latinWords } from '../../e2e/fixtures/latinWords';
import type { GraphProblem } from '../lab/graph/problems';
import { DECK_PROBLEMS } from '../lessons/deckProblems.fixture';
import { appEn } from './en/app';
import { appZh } from './zh/app';
import { deckZh } from './zh/deck';
import { descentZh } from './zh/descent';
import { labZh } from './zh/lab';
import { lessonZh } from './zh/lesson';
import { systemZh } from './zh/system';

/** Arguments each catalogue function is called with: numbers, and numbers written as text. */
const SAMPLE_ARGS: unknown[][] = [
  [1, 1, 1, 1],
  [7, 3, 2, 5],
  ['7', '3', '2', '5'],
];

/** Every problem the graph lab can report, with a name the user might type in Chinese. */
const PROBLEMS: GraphProblem[] = [
  { code: 'empty' },
  { code: 'tooLong', max: 120 },
  { code: 'nameTooLong', name: '苹果苹果', at: 3, max: 12 },
  { code: 'notAllowed', character: '/', at: 2 },
  { code: 'endsEarly', expected: 'operator' },
  { code: 'endsEarly', expected: 'operand' },
  { code: 'unexpected', text: ')', at: 4, expected: 'closing' },
  { code: 'unknownFunction', name: '函数', at: 0 },
  { code: 'isFunction', name: 'tanh', at: 0 },
  { code: 'noInputs' },
  { code: 'tooManyInputs', max: 6 },
  { code: 'tooManyNodes', count: 30, max: 24 },
  { code: 'tooDeep', depth: 9, max: 8 },
  { code: 'overflow' },
];

/**
 * Functions that take words, flags, lists, records or null rather than numbers: each branch
 * of each.
 */
const SPECIAL_ARGS: Record<string, unknown[][]> = {
  'deck.problem': DECK_PROBLEMS.map((p) => [p]),
  'deck.badSaved': [['corrupt'], ['version'], ['size']],
  'app.chain.earlier': [
    ['neuron', 1],
    ['edge', 3],
  ],
  'app.chain.nudge': [
    ['weight', [0.1, 0.01, 0.001]],
    ['bias', [0.1, 0.01]],
  ],
  'app.chain.strongest': [[true], [false]],
  'app.numberError': [
    ['学习率 η', true, 0, 3],
    ['学习率 η', false, 0.001, 10],
  ],
  'lab.graph.problem': PROBLEMS.map((p) => [p]),
  'lab.graph.refused': [['个数', 900, '数太大了。']],
  'lab.graph.operands': [
    [[labZh.graph.operandIs('x', '苹果'), labZh.graph.operandIs('y', '× 节点（200）')]],
  ],
  'lab.graph.sends': [
    [
      [
        labZh.graph.sendTo('2.2', '苹果'),
        labZh.graph.sendTo('110', '个数'),
        labZh.graph.sendTo('1', 'x'),
      ],
    ],
  ],
  'lab.graph.opNode': [['×', '200']],
  'lab.chain.stepsAxis': [[null], [100]],
  'descent.curve.atRest': [[0], [1], [2]],
  'descent.curve.settledMessage': [[0], [1], [2]],
  'descent.curve.divergedMessage': [
    [{ rate: '31.6', jump: '−120', from: '4.2', to: null, lo: -5, hi: 5 }],
    [{ rate: '2', jump: '−12', from: '4.2', to: '−7.8', lo: -5, hi: 5 }],
  ],
};

const FULL_WIDTH_PUNCTUATION = '，。：；！？、（）“”《》';

/** Every text of a catalogue, by its key path; functions are said with each set of sample args. */
function texts(node: unknown, path: string): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    return (SPECIAL_ARGS[path] ?? SAMPLE_ARGS).map((args, i): [string, string] => [
      `${path}(#${i})`,
      ([] as unknown[]).concat((node as (...a: unknown[]) => unknown)(...args)).join(''),
    ]);
  }
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => texts(value, `${path}.${key}`));
  }
  throw new Error(`${path}: neither text, function nor group`);
}

describe.each([
  ['app', appZh],
  ['lab', labZh],
  ['descent', descentZh],
  ['system', systemZh],
  ['lesson', lessonZh],
  ['deck', deckZh],
])('the Chinese catalogue of the %s area', (area, catalogue) => {
  const zh = texts(catalogue, area);

  it('has no empty text', () => {
    expect(zh.length).toBeGreaterThan(20);
    expect(zh.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });

  it('spaces as Chinese is typeset: none beside full-width punctuation or between words', () => {
    const faults = [
      new RegExp(`[${FULL_WIDTH_PUNCTUATION}] | [${FULL_WIDTH_PUNCTUATION}]`, 'u'),
      // A symbol such as d输出 may be followed by a space: it is a name, not a word.
      /(?<![A-Za-z∂]\p{Script=Han}*)\p{Script=Han} +\p{Script=Han}/u,
      /\p{Script=Han},/u,
    ];
    const found = zh.filter(([, text]) => faults.some((f) => f.test(text)));
    expect(found).toEqual([]);
  });

  it('writes numbers as mathematics: − for minus, no e-notation', () => {
    const found = zh.filter(([, text]) => /(^|[\s(=:,（：，])-\.?\d|\de[-+−]?\d/.test(text));
    expect(found).toEqual([]);
  });

  it('writes no English words, only the allowed names', () => {
    const found = zh.flatMap(([path, text]) => latinWords(text).map((w) => `${path}: ${w}`));
    expect(found).toEqual([]);
  });
});

describe('the Chinese catalogue of the main views', () => {
  it('names every shipped model, and the English one leaves names to the model list', () => {
    expect(Object.keys(appZh.model.shipped).sort()).toEqual(['3b1b', 'best']);
    expect(appEn.model.shipped).toEqual({});
  });
});

describe('the Chinese graph presets', () => {
  it('name the shopping bill’s inputs in Chinese characters', () => {
    for (const name of Object.values(labZh.graph.shoppingNames)) {
      expect(name).toMatch(/^\p{Script=Han}+$/u);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../i18n/catalogue';
import { echo } from '../../i18n/echo';
import { labEn } from '../../i18n/en/lab';
import { GRAPH_FUNCTION_WORDS } from '../../i18n/graphFunctionWords';
import { LANGUAGES } from '../../i18n/language';
import { parseExpression } from './parse';

function parsed(text: string) {
  const r = parseExpression(text, GRAPH_FUNCTION_WORDS);
  if (!r.ok) throw new Error(labEn.graph.problem(r.problem));
  return r.expr;
}

function message(text: string): string {
  const r = parseExpression(text, GRAPH_FUNCTION_WORDS);
  if (r.ok) throw new Error(`${text} parsed`);
  return labEn.graph.problem(r.problem);
}

describe('parseExpression', () => {
  it('gives × precedence over + and reads left to right', () => {
    expect(parsed('a + b * c')).toEqual({
      kind: 'binary',
      op: 'add',
      left: { kind: 'name', name: 'a' },
      right: {
        kind: 'binary',
        op: 'mul',
        left: { kind: 'name', name: 'b' },
        right: { kind: 'name', name: 'c' },
      },
    });
    expect(parsed('a - b - c')).toMatchObject({
      op: 'sub',
      left: { op: 'sub', left: { name: 'a' }, right: { name: 'b' } },
      right: { name: 'c' },
    });
  });

  it('reads functions, parentheses, numbers, unary minus and typographic operators', () => {
    expect(parsed('σ(2.5 × (x − y))')).toEqual({
      kind: 'call',
      fn: 'sigmoid',
      arg: {
        kind: 'binary',
        op: 'mul',
        left: { kind: 'number', value: 2.5 },
        right: {
          kind: 'binary',
          op: 'sub',
          left: { kind: 'name', name: 'x' },
          right: { kind: 'name', name: 'y' },
        },
      },
    });
    expect(parsed('-x · .5')).toEqual({
      kind: 'binary',
      op: 'mul',
      left: { kind: 'neg', arg: { kind: 'name', name: 'x' } },
      right: { kind: 'number', value: 0.5 },
    });
    expect(parsed('square(tanh(x) - y)')).toMatchObject({ fn: 'square', arg: { op: 'sub' } });
  });

  it('reads names in any script and the Chinese names of exp and square', () => {
    expect(parsed('苹果 * 个数2')).toMatchObject({
      left: { kind: 'name', name: '苹果' },
      right: { kind: 'name', name: '个数2' },
    });
    expect(parsed('平方(指数(x))')).toMatchObject({ fn: 'square', arg: { fn: 'exp' } });
    expect(message('x ÷ y')).toContain(`“${echo('÷')}” at character 3 is not allowed`);
  });

  it.each(LANGUAGES)('reads the %s interface’s names of exp and square', (language) => {
    const { exp, square } = messagesFor(language).lab.graph.functions;
    expect(parsed(`${square}(${exp}(x))`)).toMatchObject({ fn: 'square', arg: { fn: 'exp' } });
  });

  it('reads the function words it is given and no others', () => {
    const words = [{ exp: 'e', square: 'sq' }];
    expect(parseExpression('sq(e(x))', words)).toMatchObject({
      ok: true,
      expr: { fn: 'square', arg: { fn: 'exp' } },
    });
    expect(parseExpression('平方(x)', words)).toEqual({
      ok: false,
      problem: { code: 'unknownFunction', name: '平方', at: 0 },
    });
    expect(parseExpression('constructor(x)', [])).toMatchObject({
      ok: false,
      problem: { code: 'unknownFunction' },
    });
  });

  it('says what is wrong and where', () => {
    expect(message('')).toMatch(/Type an expression/);
    expect(message('x +')).toMatch(/ends too early/);
    expect(message('x * (y + 1')).toMatch(/expected “\)”/);
    expect(message('x y')).toBe(
      `Unexpected “${echo('y')}” at character 3: expected an operator (+, −, ×).`,
    );
    expect(message('x / y')).toContain(`“${echo('/')}” at character 3 is not allowed`);
    expect(message('relu(x)')).toContain(`Unknown function “${echo('relu')}”`);
    expect(message('tanh + x')).toContain(`“${echo('tanh')}” at character 1 is a function`);
    expect(message('averyveryverylongname')).toMatch(/too long/);
    expect(message('x + '.repeat(40) + 'x')).toMatch(/too long/);
    expect(message('eval("1")')).toMatch(/not allowed/);
  });
});

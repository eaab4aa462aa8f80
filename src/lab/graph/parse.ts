/**
 * A tiny expression language for computational graphs: numbers, named inputs, + − ×, unary
 * minus, parentheses and four functions. Parsed by recursive descent, never by eval: the text
 * is the user's, so it is read character by character and nothing else is ever run.
 *
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '×' | '·') unary)*
 *   unary   := '-' unary | primary
 *   primary := number | name | function '(' expr ')' | '(' expr ')'
 */

import type { Expected, GraphProblem } from './problems';

export type FunctionName = 'sigmoid' | 'tanh' | 'exp' | 'square';
export type BinaryOp = 'add' | 'sub' | 'mul';

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'call'; fn: FunctionName; arg: Expr };

export type ParseResult = { ok: true; expr: Expr } | { ok: false; problem: GraphProblem };

export const MAX_EXPRESSION_LENGTH = 120;
export const MAX_NAME_LENGTH = 12;

/** One interface language's names for exp and square (graph.functions of a lab catalogue). */
export interface FunctionWords {
  exp: string;
  square: string;
}

/** The spellings every language shares: each function's own name, and σ as the lectures write it. */
const NOTATION: [string, FunctionName][] = [
  ['sigmoid', 'sigmoid'],
  ['σ', 'sigmoid'],
  ['tanh', 'tanh'],
  ['exp', 'exp'],
  ['square', 'square'],
];

/**
 * Spellings the user may type for each function: the shared notation and the given languages'
 * words (e.g. 指数 and 平方), so an expression typed in one language still parses in another.
 */
function functionSpellings(words: readonly FunctionWords[]): Map<string, FunctionName> {
  return new Map([
    ...NOTATION,
    ...words.flatMap(({ exp, square }): [string, FunctionName][] => [
      [exp, 'exp'],
      [square, 'square'],
    ]),
  ]);
}

type Token =
  | { kind: 'number'; value: number; at: number; text: string }
  | { kind: 'name'; name: string; at: number; text: string }
  | { kind: 'symbol'; symbol: '+' | '-' | '*' | '(' | ')'; at: number; text: string }
  | { kind: 'end'; at: number; text: string };

/** Typographic spellings mapped to the operator they mean. */
const SYMBOLS: Record<string, '+' | '-' | '*' | '(' | ')'> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '·': '*',
  '(': '(',
  ')': ')',
};

class ExpressionError extends Error {
  constructor(readonly problem: GraphProblem) {
    super(problem.code);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const number = /\d+(\.\d*)?|\.\d+/y;
  // Any script's letters, so a Chinese lesson can name its inputs 苹果 and 数量.
  const name = /[\p{L}_][\p{L}\d_]*/uy;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    number.lastIndex = i;
    name.lastIndex = i;
    const n = number.exec(text);
    const id = n ? null : name.exec(text);
    if (n) {
      tokens.push({ kind: 'number', value: Number(n[0]), at: i, text: n[0] });
      i += n[0].length;
    } else if (id) {
      if (id[0].length > MAX_NAME_LENGTH) {
        throw new ExpressionError({
          code: 'nameTooLong',
          name: id[0],
          at: i,
          max: MAX_NAME_LENGTH,
        });
      }
      tokens.push({ kind: 'name', name: id[0], at: i, text: id[0] });
      i += id[0].length;
    } else if (c in SYMBOLS) {
      tokens.push({ kind: 'symbol', symbol: SYMBOLS[c], at: i, text: c });
      i++;
    } else {
      throw new ExpressionError({ code: 'notAllowed', character: c, at: i });
    }
  }
  tokens.push({ kind: 'end', at: text.length, text: '' });
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly functions: ReadonlyMap<string, FunctionName>,
  ) {}

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private isSymbol(...symbols: string[]): boolean {
    const t = this.peek();
    return t.kind === 'symbol' && symbols.includes(t.symbol);
  }

  private unexpected(expected: Expected): ExpressionError {
    const t = this.peek();
    return new ExpressionError(
      t.kind === 'end'
        ? { code: 'endsEarly', expected }
        : { code: 'unexpected', text: t.text, at: t.at, expected },
    );
  }

  parseAll(): Expr {
    const expr = this.expr();
    if (this.peek().kind !== 'end') throw this.unexpected('operator');
    return expr;
  }

  private expr(): Expr {
    let left = this.term();
    while (this.isSymbol('+', '-')) {
      const t = this.tokens[this.pos++];
      const op = t.kind === 'symbol' && t.symbol === '+' ? 'add' : 'sub';
      left = { kind: 'binary', op, left, right: this.term() };
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    while (this.isSymbol('*')) {
      this.pos++;
      left = { kind: 'binary', op: 'mul', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isSymbol('-')) {
      this.pos++;
      return { kind: 'neg', arg: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.peek();
    if (t.kind === 'number') {
      this.pos++;
      return { kind: 'number', value: t.value };
    }
    if (t.kind === 'name') {
      this.pos++;
      const fn = this.functions.get(t.name);
      if (this.isSymbol('(')) {
        if (!fn) {
          throw new ExpressionError({ code: 'unknownFunction', name: t.name, at: t.at });
        }
        return { kind: 'call', fn, arg: this.parenthesised() };
      }
      if (fn) throw new ExpressionError({ code: 'isFunction', name: t.name, at: t.at });
      return { kind: 'name', name: t.name };
    }
    if (this.isSymbol('(')) return this.parenthesised();
    throw this.unexpected('operand');
  }

  private parenthesised(): Expr {
    this.pos++;
    const inner = this.expr();
    if (!this.isSymbol(')')) throw this.unexpected('closing');
    this.pos++;
    return inner;
  }
}

/**
 * The expression tree of `text`, or what is wrong with it and where; `functionWords` are the
 * interface languages' names for exp and square, which it accepts beside the notation.
 */
export function parseExpression(
  text: string,
  functionWords: readonly FunctionWords[],
): ParseResult {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, problem: { code: 'tooLong', max: MAX_EXPRESSION_LENGTH } };
  }
  try {
    const parser = new Parser(tokenize(text), functionSpellings(functionWords));
    return { ok: true, expr: parser.parseAll() };
  } catch (e) {
    if (e instanceof ExpressionError) return { ok: false, problem: e.problem };
    throw e;
  }
}

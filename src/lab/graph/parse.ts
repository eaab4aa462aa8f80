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

export type FunctionName = 'sigmoid' | 'tanh' | 'exp' | 'square';
export type BinaryOp = 'add' | 'sub' | 'mul';

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'call'; fn: FunctionName; arg: Expr };

export type ParseResult = { ok: true; expr: Expr } | { ok: false; message: string };

export const MAX_EXPRESSION_LENGTH = 120;
export const MAX_NAME_LENGTH = 12;

/** Spellings the user may type for each function; σ is the one the lectures write. */
const FUNCTIONS: Record<string, FunctionName> = {
  sigmoid: 'sigmoid',
  σ: 'sigmoid',
  tanh: 'tanh',
  exp: 'exp',
  square: 'square',
};
const FUNCTION_LIST = 'sigmoid (or σ), tanh, exp, square';

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

class ExpressionError extends Error {}

/** "at character 7" counts from 1, as a reader would. */
function where(at: number): string {
  return `at character ${at + 1}`;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const number = /\d+(\.\d*)?|\.\d+/y;
  const name = /[A-Za-z_σ][A-Za-z0-9_]*/y;
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
        throw new ExpressionError(
          `The name “${id[0]}” ${where(i)} is too long: use at most ${MAX_NAME_LENGTH} letters.`,
        );
      }
      tokens.push({ kind: 'name', name: id[0], at: i, text: id[0] });
      i += id[0].length;
    } else if (c in SYMBOLS) {
      tokens.push({ kind: 'symbol', symbol: SYMBOLS[c], at: i, text: c });
      i++;
    } else {
      throw new ExpressionError(
        `“${c}” ${where(i)} is not allowed: use numbers, names, + − ×, parentheses and ${FUNCTION_LIST}.`,
      );
    }
  }
  tokens.push({ kind: 'end', at: text.length, text: '' });
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private isSymbol(...symbols: string[]): boolean {
    const t = this.peek();
    return t.kind === 'symbol' && symbols.includes(t.symbol);
  }

  private unexpected(expected: string): ExpressionError {
    const t = this.peek();
    return t.kind === 'end'
      ? new ExpressionError(`The expression ends too early: expected ${expected}.`)
      : new ExpressionError(`Unexpected “${t.text}” ${where(t.at)}: expected ${expected}.`);
  }

  parseAll(): Expr {
    const expr = this.expr();
    if (this.peek().kind !== 'end') throw this.unexpected('an operator (+, −, ×)');
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
      // hasOwn: "constructor" is a name, not a property of Object.prototype.
      const fn = Object.hasOwn(FUNCTIONS, t.name) ? FUNCTIONS[t.name] : undefined;
      if (this.isSymbol('(')) {
        if (!fn) {
          throw new ExpressionError(
            `Unknown function “${t.name}” ${where(t.at)}: use ${FUNCTION_LIST}.`,
          );
        }
        return { kind: 'call', fn, arg: this.parenthesised() };
      }
      if (fn)
        throw new ExpressionError(`“${t.name}” ${where(t.at)} is a function: write ${t.name}(…).`);
      return { kind: 'name', name: t.name };
    }
    if (this.isSymbol('(')) return this.parenthesised();
    throw this.unexpected('a number, a name or “(”');
  }

  private parenthesised(): Expr {
    this.pos++;
    const inner = this.expr();
    if (!this.isSymbol(')')) throw this.unexpected('“)”');
    this.pos++;
    return inner;
  }
}

/** The expression tree of `text`, or a message saying what is wrong and where. */
export function parseExpression(text: string): ParseResult {
  if (text.trim() === '') return { ok: false, message: 'Type an expression, such as x * y.' };
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      message: `The expression is too long: keep it under ${MAX_EXPRESSION_LENGTH} characters.`,
    };
  }
  try {
    return { ok: true, expr: new Parser(tokenize(text)).parseAll() };
  } catch (e) {
    if (e instanceof ExpressionError) return { ok: false, message: e.message };
    throw e;
  }
}

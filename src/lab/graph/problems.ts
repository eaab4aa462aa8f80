/**
 * What can be wrong with an expression or its input values, as data: the page turns a problem
 * into a sentence in the current language (src/i18n/<language>/lab.ts, graph.problem).
 */

/** What the parser was looking for when it met something else. */
export type Expected = 'operator' | 'operand' | 'closing';

export type GraphProblem =
  | { code: 'empty' }
  | { code: 'tooLong'; max: number }
  /** `at` counts characters from 0; the sentence counts from 1, as a reader would. */
  | { code: 'nameTooLong'; name: string; at: number; max: number }
  | { code: 'notAllowed'; character: string; at: number }
  | { code: 'endsEarly'; expected: Expected }
  | { code: 'unexpected'; text: string; at: number; expected: Expected }
  | { code: 'unknownFunction'; name: string; at: number }
  | { code: 'isFunction'; name: string; at: number }
  | { code: 'noInputs' }
  | { code: 'tooManyInputs'; max: number }
  | { code: 'tooManyNodes'; count: number; max: number }
  | { code: 'tooDeep'; depth: number; max: number }
  | { code: 'overflow' };

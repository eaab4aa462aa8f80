import type { KatexOptions } from 'katex';
import { isPaintClass } from './symbols';

/**
 * How every formula is typeset. KaTeX trusts nothing but the app's own colour classes
 * (`\htmlClass{tex-weight}{…}` from `paint`): no links, styles, ids or data attributes.
 */
export const KATEX_OPTIONS: KatexOptions = {
  displayMode: true,
  throwOnError: false,
  trust: (context) => context.command === '\\htmlClass' && isPaintClass(context.class),
  strict: 'ignore',
  output: 'htmlAndMathml',
};

import { messagesFor } from './catalogue';
import { LANGUAGES } from './language';

/**
 * Every interface language's names for exp and square, for the graph lab's parser: an
 * expression typed in one language still parses after switching to the other.
 */
export const GRAPH_FUNCTION_WORDS = LANGUAGES.map(
  (language) => messagesFor(language).lab.graph.functions,
);

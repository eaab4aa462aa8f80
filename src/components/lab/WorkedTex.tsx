import { useMessages } from '../../i18n/useMessages';
import { withSymbolWords } from '../../lab/worked/symbolWords';
import { Tex } from '../ui/Tex';

/** A worked-example formula, its symbol words (E_total, out, target, net) in the page's language. */
export function WorkedTex({ tex }: { tex: string }) {
  const words = useMessages().lab.worked.symbolWords;
  return <Tex tex={withSymbolWords(tex, words)} />;
}

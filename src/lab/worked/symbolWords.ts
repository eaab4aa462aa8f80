/** The words inside the worked example's symbols (E_total, out, target, net), per language. */
export interface SymbolWords {
  total: string;
  out: string;
  target: string;
  net: string;
}

/**
 * `tex` with the symbol words of `words`: the Chinese page writes E_总 and 输出_{o₁} as its
 * prose does, not E_total and out_{o₁}. English keeps the upright \mathrm names.
 */
export const withSymbolWords = (tex: string, words: SymbolWords): string =>
  tex.replace(/\\mathrm\{(total|out|target|net)\}/g, (whole, key: keyof SymbolWords) =>
    words[key] === key ? whole : `\\text{${words[key]}}`,
  );

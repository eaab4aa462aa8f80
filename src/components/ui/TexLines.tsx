import type { TexLine } from '../../math/texLine';
import { displayEquation } from '../../math/texLine';
import { Tex } from './Tex';

/**
 * Chain-rule formulas with their captions, each line carrying its result in `data-value`;
 * `fresh` marks them as what the current step computed. A line keeps its element while its
 * numbers change (live training), so the old formula stays until the new one is typeset.
 */
export function TexLines({
  lines,
  fresh = false,
  longAt,
}: {
  lines: readonly TexLine[];
  fresh?: boolean;
  /** TeX characters beyond which an "a = b = c" line is set one "= …" per line. */
  longAt?: number;
}) {
  return lines.map((line) => (
    <div
      key={line.testId ?? line.tex}
      className={fresh ? 'tex-line fresh' : 'tex-line'}
      data-testid={line.testId}
      data-value={line.value ?? ''}
    >
      <Tex tex={displayEquation(line.tex, longAt)} />
      {line.caption && <p className="caption">{line.caption}</p>}
    </div>
  ));
}

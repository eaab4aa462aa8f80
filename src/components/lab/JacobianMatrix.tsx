import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Matrix } from '../../lab/jacobian/layer';
import { heatPaint } from '../../lab/jacobian/heat';
import { useVizColors } from '../ui/useVizColors';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
import { Tex } from '../ui/Tex';
import { Indexed } from './JacobianLabels';
import { JacobianNudge } from './JacobianNudge';

interface JacobianMatrixProps {
  kind: 'tanh' | 'softmax';
  title: string;
  /** The output's letter: t for tanh, s for softmax. */
  letter: string;
  matrix: Matrix;
  x: readonly number[];
  /** |entry| that gets the full colour. */
  scale: number;
  cellTex(i: number, j: number, value: number): string;
  /** The cell whose formula shows before any pointing, as [row, column]. */
  firstCell: readonly [number, number];
  children: ReactNode;
}

/**
 * A Jacobian as a heat map with its numbers written in; pointing at (or tabbing to) a cell
 * shows the formula behind it with the current numbers substituted.
 */
export function JacobianMatrix({
  kind,
  title,
  letter,
  matrix,
  x,
  scale,
  cellTex,
  firstCell,
  children,
}: JacobianMatrixProps) {
  const m = useMessages().lab.jacobian;
  const colors = useVizColors();
  const [[i, j], setCell] = useState(firstCell);
  return (
    <section className="card jacobian-matrix" aria-label={title}>
      <h2>{title}</h2>
      {children}
      <table className="jacobian-grid" data-testid={`jacobian-${kind}-matrix`}>
        <thead>
          <tr>
            <th aria-hidden />
            {matrix.map((_, col) => (
              <th key={col} scope="col">
                ∂<Indexed letter="x" index={col} kind="z" />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, r) => (
            <tr key={r}>
              <th scope="row">
                ∂<Indexed letter={letter} index={r} />
              </th>
              {row.map((v, c) => {
                const paint = heatPaint(v, scale, colors);
                const selected = r === i && c === j;
                return (
                  <td
                    key={c}
                    tabIndex={0}
                    aria-label={m.cell(r + 1, c + 1, shownNumber(v))}
                    className={selected ? 'selected' : undefined}
                    style={{ background: paint.fill, color: paint.ink }}
                    data-testid={`jacobian-${kind}-cell-${r + 1}-${c + 1}`}
                    data-value={v}
                    onMouseEnter={() => setCell([r, c])}
                    onFocus={() => setCell([r, c])}
                  >
                    {shownNumber(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div
        className="jacobian-formula"
        data-testid={`jacobian-${kind}-formula`}
        data-cell={`${i + 1}-${j + 1}`}
      >
        <Tex tex={cellTex(i, j, matrix[i][j])} label={m.entry(i + 1, j + 1)} />
        <JacobianNudge kind={kind} letter={letter} x={x} i={i} j={j} />
      </div>
    </section>
  );
}

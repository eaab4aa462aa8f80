/** Steps drawn in each diagram: enough to show the pattern, few enough to read. */
const STEPS = 4;
const CELL_W = 54;
const CELL_H = 30;
const GAP_X = 36;
const ROW_GAP = 40;
const MARGIN = 24;

type Direction = 'right' | 'left';

interface Row {
  /** The row's cell label ("h^{(1)}") as plain text with a superscript. */
  label: string;
  direction: Direction;
}

const columnX = (t: number) => MARGIN + t * (CELL_W + GAP_X);

function Arrow({
  x1,
  y1,
  x2,
  y2,
  className,
}: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  className: string;
}) {
  return <line x1={x1} y1={y1} x2={x2} y2={y2} className={className} markerEnd="url(#seq-arrow)" />;
}

/**
 * Recurrent layers drawn as the course notes draw them: one box per step and layer, x_t below,
 * y_t above, the recurrent arrows along each row (rightwards, or leftwards for the backward
 * direction of a bidirectional network). `stacked`: each row reads the row below; otherwise the
 * rows all read x_t and y_t reads every row (the bidirectional network).
 */
export function ArchitectureDiagram({
  rows,
  stacked,
  label,
}: {
  rows: readonly Row[];
  stacked: boolean;
  label: string;
}) {
  const width = columnX(STEPS) - GAP_X + MARGIN;
  const rowY = (r: number) => MARGIN + 34 + (rows.length - 1 - r) * (CELL_H + ROW_GAP);
  const bottom = rowY(0) + CELL_H + 44;
  return (
    <svg
      viewBox={`0 0 ${width} ${bottom + 12}`}
      className="seq-diagram"
      role="img"
      aria-label={label}
    >
      <defs>
        <marker
          id="seq-arrow"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" className="seq-arrow-head" />
        </marker>
      </defs>
      {Array.from({ length: STEPS }, (_, t) => {
        const x = columnX(t);
        const cx = x + CELL_W / 2;
        return (
          <g key={t}>
            <text x={cx} y={bottom} className="seq-diagram-io">{`x${t + 1}`}</text>
            <text x={cx} y={MARGIN} className="seq-diagram-io">{`y${t + 1}`}</text>
            {/* Into the rows from x_t: the first row only when stacked, every row otherwise. */}
            {(stacked ? [0] : rows.map((_, r) => r)).map((r) => (
              <Arrow
                key={`in${r}`}
                x1={cx + (stacked ? 0 : (r - 0.5) * 14)}
                y1={bottom - 14}
                x2={cx + (stacked ? 0 : (r - 0.5) * 14)}
                y2={rowY(r) + CELL_H + 2}
                className="seq-diagram-edge"
              />
            ))}
            {stacked &&
              rows
                .slice(1)
                .map((_, r) => (
                  <Arrow
                    key={`up${r}`}
                    x1={cx}
                    y1={rowY(r)}
                    x2={cx}
                    y2={rowY(r + 1) + CELL_H + 2}
                    className="seq-diagram-edge"
                  />
                ))}
            {(stacked ? [rows.length - 1] : rows.map((_, r) => r)).map((r) => (
              <Arrow
                key={`out${r}`}
                x1={cx + (stacked ? 0 : (r - 0.5) * 14)}
                y1={rowY(r)}
                x2={cx + (stacked ? 0 : (r - 0.5) * 14)}
                y2={MARGIN + 6}
                className="seq-diagram-edge"
              />
            ))}
            {rows.map((row, r) => (
              <g key={r}>
                <rect
                  x={x}
                  y={rowY(r)}
                  width={CELL_W}
                  height={CELL_H}
                  rx={6}
                  className={`seq-diagram-cell ${row.direction}`}
                />
                <text x={cx} y={rowY(r) + CELL_H / 2 + 5} className="seq-diagram-label">
                  {row.label}
                </text>
                {t < STEPS - 1 &&
                  (row.direction === 'right' ? (
                    <Arrow
                      x1={x + CELL_W}
                      y1={rowY(r) + CELL_H / 2}
                      x2={x + CELL_W + GAP_X - 2}
                      y2={rowY(r) + CELL_H / 2}
                      className={`seq-diagram-recurrent ${row.direction}`}
                    />
                  ) : (
                    <Arrow
                      x1={x + CELL_W + GAP_X}
                      y1={rowY(r) + CELL_H / 2}
                      x2={x + 2 + CELL_W}
                      y2={rowY(r) + CELL_H / 2}
                      className={`seq-diagram-recurrent ${row.direction}`}
                    />
                  ))}
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** One entry of a legend: a swatch painted with a palette variable, and what it means. */
export interface SwatchEntry {
  /** A CSS custom property of the palette (paletteVariables.ts), so the swatch is true in every theme. */
  color: string;
  text: string;
  /** 'bar' draws the swatch as a short upright bar, 'cell' as a square. */
  shape?: 'cell' | 'bar';
}

/** A legend whose colours come from the palette itself, never named in words. */
export function SwatchLegend({
  entries,
  label,
}: {
  entries: readonly SwatchEntry[];
  label: string;
}) {
  return (
    <ul className="seq-swatches" aria-label={label}>
      {entries.map((e) => (
        <li key={e.text}>
          <span
            className={`seq-swatch ${e.shape ?? 'cell'}`}
            style={{ background: `var(${e.color})` }}
            aria-hidden="true"
          />
          {e.text}
        </li>
      ))}
    </ul>
  );
}

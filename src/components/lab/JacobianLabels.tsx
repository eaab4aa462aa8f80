/** A letter with a 1-based subscript, as the view names inputs and outputs: x₁, s₂, t₃. */
export function Indexed({ letter, index, kind }: { letter: string; index: number; kind?: 'z' }) {
  return (
    <span className={kind === 'z' ? 'sym-z' : undefined}>
      <i>{letter}</i>
      <sub>{index + 1}</sub>
    </span>
  );
}

/** What an arrow key asks of a point picked on a plot: a step along x or y, in steps. */
export interface ArrowNudge {
  dx: number;
  dy: number;
}

/** Shift moves ten steps at a time. */
const FAST = 10;

/** The step an arrow key makes (→ and ↑ increase), or null for any other key. */
export function arrowNudge(key: string, shift: boolean): ArrowNudge | null {
  const size = shift ? FAST : 1;
  switch (key) {
    case 'ArrowLeft':
      return { dx: -size, dy: 0 };
    case 'ArrowRight':
      return { dx: size, dy: 0 };
    case 'ArrowDown':
      return { dx: 0, dy: -size };
    case 'ArrowUp':
      return { dx: 0, dy: size };
    default:
      return null;
  }
}

/** `value` moved by `steps` of `step`, kept inside `domain`. */
export function nudged(
  value: number,
  steps: number,
  step: number,
  domain: readonly [number, number],
): number {
  return Math.min(domain[1], Math.max(domain[0], value + steps * step));
}

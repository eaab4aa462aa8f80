/**
 * Grids for contour maps, laid out like the worker's cost surface: values[row * n + col], col
 * stepping along x from its domain's start, row along y.
 */
export type Domain = readonly [number, number];

/** The value of grid column (or row) i of n across the domain. */
export function gridCoordinate(domain: Domain, n: number, i: number): number {
  return domain[0] + ((domain[1] - domain[0]) * i) / (n - 1);
}

export function sampleGrid(
  f: (x: number, y: number) => number,
  xDomain: Domain,
  yDomain: Domain,
  n: number,
): Float64Array {
  const values = new Float64Array(n * n);
  for (let row = 0; row < n; row++) {
    const y = gridCoordinate(yDomain, n, row);
    for (let col = 0; col < n; col++) values[row * n + col] = f(gridCoordinate(xDomain, n, col), y);
  }
  return values;
}

/**
 * Contour thresholds at evenly spaced quantiles of the values, so a bowl whose walls climb
 * steeply still gets rings near its bottom where the descent happens.
 */
export function contourLevels(values: Float64Array, count: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const levels: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = sorted[Math.floor(((i + 0.5) / count) * (sorted.length - 1))];
    if (levels.length === 0 || v > levels[levels.length - 1]) levels.push(v);
  }
  return levels;
}

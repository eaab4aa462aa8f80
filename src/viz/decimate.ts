/**
 * The points of a line chart that can show at `x`'s resolution: per pixel column the first,
 * lowest, highest and last point, in their order (M4 aggregation). The line drawn through them
 * covers the same pixels as through all of them, and costs at most four points a column
 * however long training has run.
 */
export function decimateLine(
  data: readonly [number, number][],
  x: (v: number) => number,
): [number, number][] {
  const kept: [number, number][] = [];
  let start = 0;
  while (start < data.length) {
    const column = Math.floor(x(data[start][0]));
    let end = start + 1;
    let low = start;
    let high = start;
    for (; end < data.length && Math.floor(x(data[end][0])) === column; end++) {
      if (data[end][1] < data[low][1]) low = end;
      if (data[end][1] > data[high][1]) high = end;
    }
    const picks = [start, Math.min(low, high), Math.max(low, high), end - 1];
    picks.forEach((i, k) => {
      if (k === 0 || i !== picks[k - 1]) kept.push(data[i]);
    });
    start = end;
  }
  return kept;
}

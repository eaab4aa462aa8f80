/** One point of the error curve: E_total after `step` steps. */
export interface CurvePoint {
  step: number;
  error: number;
}

/**
 * At most `maxPoints` evenly spaced points of errors[0..n], always including the first and the
 * last, so 10,001 errors draw as a light polyline.
 */
export function sampleCurve(errors: Float64Array, maxPoints: number): CurvePoint[] {
  const last = errors.length - 1;
  const count = Math.min(errors.length, Math.max(2, maxPoints));
  const points: CurvePoint[] = [];
  for (let i = 0; i < count; i++) {
    const step = Math.round((i * last) / (count - 1));
    points.push({ step, error: errors[step] });
  }
  return points;
}

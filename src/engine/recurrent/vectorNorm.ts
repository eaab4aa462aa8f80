/** ‖v‖₂: the size of an error vector ∂L/∂h_t, as the page's bars and formulas both show it. */
export function norm(v: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  return Math.sqrt(sum);
}

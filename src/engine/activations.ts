/** Activation functions, applied to a slice of a typed array so one kernel serves every path. */
export type HiddenActivation = 'sigmoid' | 'relu' | 'tanh';
export type OutputActivation = 'sigmoid' | 'softmax';
export type Activation = HiddenActivation | OutputActivation;

export const HIDDEN_ACTIVATIONS: readonly HiddenActivation[] = ['sigmoid', 'relu', 'tanh'];
export const OUTPUT_ACTIVATIONS: readonly OutputActivation[] = ['sigmoid', 'softmax'];

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** a[off..off+n) = f(z[off..off+n)). */
export function activate(
  kind: Activation,
  z: Float64Array,
  a: Float64Array,
  off: number,
  n: number,
): void {
  const end = off + n;
  switch (kind) {
    case 'sigmoid':
      for (let i = off; i < end; i++) a[i] = 1 / (1 + Math.exp(-z[i]));
      return;
    case 'relu':
      for (let i = off; i < end; i++) a[i] = z[i] > 0 ? z[i] : 0;
      return;
    case 'tanh':
      for (let i = off; i < end; i++) a[i] = Math.tanh(z[i]);
      return;
    case 'softmax': {
      // Subtracting the largest z keeps exp() finite without changing the result.
      let max = -Infinity;
      for (let i = off; i < end; i++) if (z[i] > max) max = z[i];
      let sum = 0;
      for (let i = off; i < end; i++) {
        const e = Math.exp(z[i] - max);
        a[i] = e;
        sum += e;
      }
      for (let i = off; i < end; i++) a[i] /= sum;
      return;
    }
  }
}

/** σ′(z) for an element-wise activation, from z and its activation a = σ(z). */
export function slope(kind: HiddenActivation | 'sigmoid', z: number, a: number): number {
  switch (kind) {
    case 'sigmoid':
      return a * (1 - a);
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'tanh':
      return 1 - a * a;
  }
}

/**
 * dCdz = Jᵀ · dCda for the output activation, on slices at off.
 * Sigmoid's Jacobian is diagonal; softmax's is sᵢ(δᵢⱼ − sⱼ), so every output's ∂C/∂z
 * depends on every ∂C/∂a: dCdzᵢ = sᵢ (dCdaᵢ − Σⱼ sⱼ dCdaⱼ).
 */
export function outputJacobianT(
  kind: OutputActivation,
  a: Float64Array,
  dCda: Float64Array,
  dCdz: Float64Array,
  off: number,
  n: number,
): void {
  const end = off + n;
  if (kind === 'sigmoid') {
    for (let i = off; i < end; i++) dCdz[i] = dCda[i] * a[i] * (1 - a[i]);
    return;
  }
  let dot = 0;
  for (let j = off; j < end; j++) dot += a[j] * dCda[j];
  for (let i = off; i < end; i++) dCdz[i] = a[i] * (dCda[i] - dot);
}

/**
 * Optimisers over a model's parameter arrays (recurrentModel.ts parameterArrays order). apply()
 * takes the batch-mean gradient, array for array, and updates the parameters in place.
 */
export interface Optimizer {
  apply(params: readonly Float64Array[], grads: readonly Float64Array[]): void;
}

/** Plain gradient descent: θ ← θ − η ∇. */
export function createGradientDescent(learningRate: number): Optimizer {
  return {
    apply(params, grads) {
      for (let a = 0; a < params.length; a++) {
        const p = params[a];
        const g = grads[a];
        for (let i = 0; i < p.length; i++) p[i] -= learningRate * g[i];
      }
    },
  };
}

export interface AdamSettings {
  learningRate: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/**
 * Adam (Kingma & Ba 2015) with bias-corrected moments. Recurrent nets are trained with it
 * because plain SGD needs a different step size for gates that saturate and gates that do not.
 */
export function createAdam(params: readonly Float64Array[], settings: AdamSettings): Optimizer {
  const { learningRate, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = settings;
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  let t = 0;
  return {
    apply(ps, grads) {
      t++;
      const stepSize = (learningRate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
      for (let a = 0; a < ps.length; a++) {
        const p = ps[a];
        const g = grads[a];
        const ma = m[a];
        const va = v[a];
        for (let i = 0; i < p.length; i++) {
          const gi = g[i];
          ma[i] = beta1 * ma[i] + (1 - beta1) * gi;
          va[i] = beta2 * va[i] + (1 - beta2) * gi * gi;
          p[i] -= (stepSize * ma[i]) / (Math.sqrt(va[i]) + epsilon);
        }
      }
    },
  };
}

/**
 * Scales the gradient so its global L2 norm is at most maxNorm (the notes' gradient clipping,
 * 梯度修剪); returns the norm before clipping.
 */
export function clipGradientNorm(grads: readonly Float64Array[], maxNorm: number): number {
  let sum = 0;
  for (const g of grads) for (let i = 0; i < g.length; i++) sum += g[i] * g[i];
  const norm = Math.sqrt(sum);
  if (norm > maxNorm && norm > 0) {
    const scale = maxNorm / norm;
    for (const g of grads) for (let i = 0; i < g.length; i++) g[i] *= scale;
  }
  return norm;
}

/** One incoming connection's share of a neuron's z: w_jk · a_k. */
export interface Contribution {
  from: number;
  weight: number;
  activation: number;
  value: number;
}

/** The largest |w_jk a_k| into neuron j, strongest first. */
export function topContributions(
  W: Float64Array,
  prev: Float64Array,
  j: number,
  count: number,
): Contribution[] {
  const nIn = prev.length;
  const all: Contribution[] = [];
  for (let k = 0; k < nIn; k++) {
    const weight = W[j * nIn + k];
    all.push({ from: k, weight, activation: prev[k], value: weight * prev[k] });
  }
  return all.sort((p, q) => Math.abs(q.value) - Math.abs(p.value)).slice(0, count);
}

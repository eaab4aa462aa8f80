import { weightNumber } from './classicExample';
import type { WorkedContext } from './context';
import { neuronBackward } from './backwardRows';
import type { WorkedQuantity, WorkedSection } from './quantity';
import { factor, num, product, tex } from './quantity';

/** ∂E/∂out_o = −(target − out): only E_o depends on out_o, and the ½ cancels the square's 2. */
function outputErrorSlope(ctx: WorkedContext, j: number): WorkedQuantity {
  const { trace } = ctx;
  return {
    id: `dE-dout-o${j + 1}`,
    symbol: tex.partial(tex.total, tex.out(2, j)),
    steps: [
      `-(${tex.target(j)} - ${tex.out(2, j)})`,
      `-(${num(trace.target[j])} - ${num(trace.a[2][j])})`,
    ],
    value: trace.dCda[2][j],
    sources: [`target-o${j + 1}`, `out-o${j + 1}`],
    why: 'outputErrorSlope',
  };
}

export function outputSection(ctx: WorkedContext): WorkedSection {
  return {
    id: 'output-layer',
    title: 'outputLayer',
    notes: [],
    quantities: [0, 1].flatMap((j) => [outputErrorSlope(ctx, j), ...neuronBackward(ctx, 2, j)]),
  };
}

/**
 * ∂E/∂out_h sums what each output says about h: ∂E_o/∂out_h = δ_o · w (the weight from h to
 * o), because out_h reaches the error through every output.
 */
function hiddenErrorSlope(ctx: WorkedContext, k: number): WorkedQuantity[] {
  const { net, trace } = ctx;
  const outH = tex.out(1, k);
  const paths: WorkedQuantity[] = [0, 1].map((o) => {
    const n = weightNumber(1, o, k);
    const w = net.weights[1][o * 2 + k];
    const delta = trace.dCdz[2][o];
    return {
      id: `dEo${o + 1}-dout-h${k + 1}`,
      symbol: tex.partial(tex.errorOf(o), outH),
      steps: [
        product(tex.partial(tex.errorOf(o), tex.net(2, o)), tex.partial(tex.net(2, o), outH)),
        product(tex.delta(2, o), tex.w(n)),
        product(factor(delta), num(w)),
      ],
      value: delta * w,
      sources: [`delta-o${o + 1}`, `w${n}`],
      why: 'hiddenPath',
    };
  });
  const sum: WorkedQuantity = {
    id: `dE-dout-h${k + 1}`,
    symbol: tex.partial(tex.total, outH),
    steps: [
      paths.map((p) => p.symbol).join(' + '),
      paths.map((p, i) => (i === 0 ? num(p.value) : factor(p.value))).join(' + '),
    ],
    value: trace.dCda[1][k],
    sources: paths.map((p) => p.id),
    why: 'hiddenSum',
  };
  return [...paths, sum];
}

export function hiddenSection(ctx: WorkedContext): WorkedSection {
  return {
    id: 'hidden-layer',
    title: 'hiddenLayer',
    notes: ['hiddenTwoPaths', 'hiddenOriginalWeights'],
    quantities: [0, 1].flatMap((k) => [...hiddenErrorSlope(ctx, k), ...neuronBackward(ctx, 1, k)]),
  };
}

import type { CellKind, RecurrentModel } from '../../engine/recurrent/recurrentModel';
import { GATE_BLOCKS } from '../../engine/recurrent/recurrentModel';
import { DIGIT_ROWS } from '../../engine/recurrent/sequences';
import { predictSequence } from '../../engine/recurrent/sequenceGradient';
import { largestSingularValue } from '../../engine/recurrent/singularValue';
import { traceSequence } from '../../engine/recurrent/recurrentTrace';
import type { CellReading } from './sequenceProtocol';
import { argmax } from '../../engine/network';
import { norm } from '../../engine/recurrent/vectorNorm';

/** Largest singular value of each gate block of the first layer's U (H rows each). */
export function blockSigmaMax(model: RecurrentModel): number[] {
  const H = model.hiddenSize;
  const U = model.forward[0].U;
  return Array.from({ length: GATE_BLOCKS[model.cell] }, (_, g) =>
    largestSingularValue(U.subarray(g * H * H, (g + 1) * H * H), H, H),
  );
}

/**
 * One model reads a digit row by row and backpropagates through time. Without a label the
 * target is the model's own answer: the gradient then shows what would make it surer.
 */
export function readDigit(
  cell: CellKind,
  model: RecurrentModel,
  input: Float64Array,
  label: number | null,
): CellReading {
  const target = label ?? argmax(predictSequence(model, input, DIGIT_ROWS));
  const trace = traceSequence(model, input, DIGIT_ROWS, target);
  return {
    cell,
    target,
    targetIsLabel: label !== null,
    trace,
    gradientNorms: Float64Array.from(trace.layers[trace.layers.length - 1].dLdh, norm),
    sigmaMax: blockSigmaMax(model),
  };
}

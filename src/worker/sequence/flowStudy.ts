import type { RecurrentModel } from '../../engine/recurrent/recurrentModel';
import { createRecurrentModel } from '../../engine/recurrent/recurrentModel';
import { DIGIT_ROWS } from '../../engine/recurrent/sequences';
import { traceSequence } from '../../engine/recurrent/recurrentTrace';
import { argmax } from '../../engine/network';
import { norm } from '../../engine/recurrent/vectorNorm';
import { blockSigmaMax } from './cellReading';
import { predictSequence } from '../../engine/recurrent/sequenceGradient';
import type { FlowStudy } from './sequenceProtocol';

/** A copy of the RNN whose recurrent weights U are multiplied by `scale`. */
function scaledRnn(rnn: RecurrentModel, scale: number): RecurrentModel {
  const cells = rnn.forward.map((c) => ({
    W: c.W,
    U: c.U.map((u) => u * scale),
    b: c.b,
  }));
  return { ...rnn, forward: cells };
}

/** The model a study traces: a rescaled shipped RNN, or an untrained LSTM. */
function studiedModel(study: FlowStudy, rnn: RecurrentModel | undefined, hiddenSize: number) {
  if (study.kind === 'scaled-rnn') return rnn ? scaledRnn(rnn, study.scale) : null;
  return createRecurrentModel(
    {
      cell: 'lstm',
      inputSize: DIGIT_ROWS,
      hiddenSize,
      layers: 1,
      bidirectional: false,
      classes: 10,
    },
    { seed: study.seed, forgetBias: study.forgetBias },
  );
}

/** ‖∂L/∂h_t‖ at every step, and σ_max of the studied model's U (its first block). */
export function gradientFlow(
  study: FlowStudy,
  input: Float64Array,
  label: number | null,
  rnn: RecurrentModel | undefined,
  hiddenSize: number,
): { norms: Float64Array; sigmaMax: number } | null {
  const model = studiedModel(study, rnn, hiddenSize);
  if (!model) return null;
  const target = label ?? argmax(predictSequence(model, input, DIGIT_ROWS));
  const trace = traceSequence(model, input, DIGIT_ROWS, target);
  const last = trace.layers[trace.layers.length - 1];
  return {
    norms: Float64Array.from(last.dLdh, norm),
    sigmaMax: blockSigmaMax(model)[0],
  };
}

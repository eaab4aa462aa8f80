import type { SequenceTexWords } from './sequenceTex';

/** English captions for the sequence panel's tests (the page's own texts live in src/i18n). */
export const SEQUENCE_TEX_WORDS_EN: SequenceTexWords = {
  rnnCell: 'The RNN reads row t and its own previous state through one tanh.',
  preActivation: 'Unit j adds the row’s pull, the previous state’s pull and its bias.',
  rnnState: 'The new hidden state squashes that sum into (−1, 1).',
  gates: {
    z: 'Update gate: how much of the old state to keep.',
    r: 'Reset gate: how much of the old state the candidate may read.',
    n: 'Candidate state, from the row and the reset old state.',
    f: 'Forget gate: how much of the cell state to keep.',
    i: 'Input gate: how much of the candidate to write.',
    o: 'Output gate: how much of the cell state to show.',
    g: 'Candidate cell state, from the row and the previous hidden state.',
  },
  gruState: 'The new state mixes the old one and the candidate, weighed by the update gate.',
  lstmCell: 'The cell state keeps what the forget gate lets through and adds the new write.',
  lstmState: 'The hidden state is the cell state squashed and gated.',
  answer: (digit) => `The probability the answer gives the right digit, ${digit}.`,
  loss: 'The loss: minus the log of that probability.',
  readoutError: 'The error enters at the last step, through the output weights.',
  rnnError: 'Step t + 1 sends its error back through the recurrent weights.',
  rnnDelta: 'Through tanh the error is multiplied by its slope 1 − h².',
  gruError:
    'The direct path is multiplied only by the update gate: close to 1, the error passes unchanged.',
  lstmError: 'The error reaches h_t through the four gates of step t + 1.',
  lstmCellError:
    'Along the cell state the error is multiplied only by the forget gate f, so it survives many steps.',
  norm: 'The size of the error at this step.',
  ratio:
    'Below 1 the error shrinks as it goes back; the product of 27 such ratios is the vanishing gradient.',
  shareW: 'This step’s share of the gradient of the input weights.',
  shareU: 'This step’s share of the gradient of the recurrent weights.',
  shareUFirstStep: 'h₀ = 0, so the first step adds nothing to the recurrent weights’ gradient.',
  shareExample: (k) =>
    `One entry of that share, for unit ${k}, the one the step read most strongly.`,
  moreTerms: (n) => (n === 1 ? '1 more term' : `${n} more terms`),
};

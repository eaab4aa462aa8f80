import type { CellKind } from '../../engine/recurrent/recurrentModel';

const CELL_NAMES: Record<CellKind, string> = { rnn: 'RNN', gru: 'GRU', lstm: 'LSTM' };

/** English strings of the sequence page (recurrence); zh/sequence.ts gives the same shape. */
export const sequenceEn = {
  cellShort: { rnn: 'tanh', gru: 'GRU', lstm: 'LSTM' } as Record<CellKind, string>,
  input: {
    heading: 'Draw a digit',
    testDigits: 'Or read a digit from the MNIST test set',
  },
  cells: {
    label: 'Recurrent cell',
    name: CELL_NAMES,
    testAccuracy: 'test accuracy',
    fromTraining:
      'On the 10,000 official test digits, as measured when it was trained (measuring here…)',
    measuredHere: 'On the 10,000 official test digits, measured here',
  },
  reading: {
    heading: 'Read row by row',
    digitLabel: 'The digit, the rows read so far bright and the row in play outlined',
    says: 'After the last row it says',
    runningLabel:
      'The running answer: each digit’s probability after each row, the target’s line strong',
    after: (rows: number, digit: number, percent: string) =>
      `after ${rows} rows: ${digit} (${percent})`,
    ownAnswer: (digit: number) =>
      `No label given: the gradients below aim at the cell’s own answer, ${digit}.`,
  },
  unrolled: {
    heading: 'Unrolled in time',
    label:
      'The recurrent network unrolled over 28 time steps: per step the hidden state and its gradient, the cell, the row read, and the gradient’s size',
    legend:
      'A column per row, the same W, U, b in every cell. Each strip: h_t on the left, ∂L/∂h_t on the right.',
    swatches: {
      label: 'Colours of the unrolled network',
      positive: 'h_t > 0',
      negative: 'h_t < 0',
      raise: '∂L/∂h_t < 0: raise it',
      lower: '∂L/∂h_t > 0: lower it',
      bars: '‖∂L/∂h_t‖, log scale',
    },
  },
  timeline: {
    count: (k: number, n: number) => `${k} / ${n}`,
    forward: (t: number, steps: number) => `Forward: reading row ${t} of ${steps}`,
    backward: (t: number) => `Backpropagation through time: ∂L/∂h at step ${t}`,
    back: 'Back',
    next: 'Next',
    slider: 'Timeline: forward row by row, then back through time',
  },
  panel: {
    heading: 'The chain rule through time',
    forwardTitle: (t: number, unit: number) => `Step ${t}, unit ${unit}: forward`,
    backwardTitle: (t: number, unit: number) => `Step ${t}, unit ${unit}: backwards`,
    noDigit: 'Draw a digit on the pad, or pick one from the test set.',
    waiting: 'Loading the recurrent models…',
    unitHint: 'Click a strip of the unrolled network to follow another unit.',
  },
  flow: {
    heading: 'Vanishing and exploding gradients, measured',
    intro:
      'How much of the error at the last step reaches each earlier step, for the three trained cells reading the same digit.',
    chartLabel: '‖∂L/∂h_t‖ against the time step t for the RNN, GRU and LSTM, log scale',
    chartCaption:
      'A line falling steeply towards t = 1 is a vanishing gradient: the first rows barely learn.',
    ratioCaption: '‖∂L/∂h₁‖ ÷ ‖∂L/∂h₂₈‖: the share of the error that reaches the first row',
    chosenHeading: (cell: string) => `‖∂L/∂h_t‖ of the ${cell}, step by step`,
    normBars: '‖∂L/∂h_t‖ per time step, log scale',
    sharesHeading: 'Each row’s share of ∂L/∂W',
    shareBars: '‖δ_t x_tᵀ‖ per row, log scale',
    sharesCaption: 'Summed over the 28 rows these make the whole gradient of the input weights W.',
  },
  scale: {
    heading: 'Scale the recurrent weights',
    intro:
      'The error going back is multiplied by Uᵀ and tanh′ at every step. Scale U of the trained RNN and watch it shrink or grow.',
    slider: 'U times',
    sigma: (sigma: string, below: boolean) =>
      `Largest singular value σ_max(U) = ${sigma}: ${below ? 'below 1, the error shrinks step by step (vanishing)' : 'above 1, the error can grow step by step (exploding)'}.`,
    chartLabel: '‖∂L/∂h_t‖ with U scaled, against the trained RNN',
    ratio: (ratio: string) => `‖∂L/∂h₁‖ ÷ ‖∂L/∂h₂₈‖ = ${ratio}`,
    asTrained: 'as trained',
    scaled: (scale: number) => `U × ${scale}`,
  },
  forget: {
    heading: 'The forget gate’s starting bias',
    intro:
      'An untrained LSTM, the same weights three times, its forget-gate bias b_f set to 0, 1 or 2. With f = σ(b_f) near 1 the cell state, and the error along it, survives many steps.',
    choice: 'Forget-gate bias',
    chartLabel: '‖∂L/∂h_t‖ of an untrained LSTM for forget-gate biases 0, 1 and 2',
    ratio: (bias: number, ratio: string) => `b_f = ${bias}: ‖∂L/∂h₁‖ ÷ ‖∂L/∂h₂₈‖ = ${ratio}`,
  },
  tex: {
    rnnCell: 'The same cell at every step: this row and the state before it make the new state.',
    preActivation: 'Unit j’s input: from this row (W), from the state before (U), and its bias.',
    rnnState: 'tanh squashes it into (−1, 1): the hidden state h_t.',
    gates: {
      z: 'Update gate z: how much of the old state to keep.',
      r: 'Reset gate r: how much of the old state the candidate may read.',
      n: 'The candidate state, from this row and the reset old state.',
      f: 'Forget gate f: how much of the cell state to keep.',
      i: 'Input gate i: how much of the candidate to write.',
      o: 'Output gate o: how much of the cell state to show as h_t.',
      g: 'The candidate c̃_t, from this row and the state before.',
    },
    gruState: 'The new state mixes the old one and the candidate, weighed by z.',
    lstmCell: 'The cell state (long-term memory): kept by f, written by i.',
    lstmState: 'The hidden state (short-term memory): the cell state, shown through o.',
    answer: (digit: number) => `The answer after the last row: the probability of ${digit}.`,
    loss: 'The cost of this digit: cross-entropy.',
    readoutError: 'Where the error enters: through V, at the last step only.',
    rnnError: 'One step back: the error goes through Uᵀ.',
    rnnDelta: 'Then through tanh’s slope 1 − h²: each step back multiplies by both.',
    gruError:
      'The direct path back is multiplied only by the update gate z: near 1, the error passes unchanged.',
    lstmError: 'The error reaches h_t through the recurrent weights of the four gates.',
    lstmCellError:
      'Along the cell state the error is multiplied only by the forget gate f: near 1, it survives many steps.',
    norm: 'The size of the error at this step.',
    ratio:
      'Below 1 the error shrinks as it goes back; 27 such factors in a row are the vanishing gradient.',
    shareW: 'This step’s share of ∂L/∂W: its δ times the row it read.',
    shareU: 'This step’s share of ∂L/∂U: its δ times the state before.',
    shareUFirstStep: 'At the first step h₀ = 0: it adds nothing to ∂L/∂U.',
    shareExample: (k: number) => `One entry of that share, for unit ${k} of the state before.`,
    moreTerms: (n: number) => `${n} more terms`,
  },
  gates: {
    heading: 'The gates at work',
    intro: {
      rnn: 'The vanilla RNN has no gates: its whole state is rewritten at every step.',
      gru: 'The GRU’s update gate z keeps old state where it is near 1; its reset gate r lets the candidate forget.',
      lstm: 'The LSTM’s forget gate f keeps the cell state c_t (long-term memory), the input gate i writes to it, the output gate o shows it as h_t (short-term memory).',
    },
    map: {
      z: 'update gate z_t',
      r: 'reset gate r_t',
      n: 'candidate state h̃_t',
      f: 'forget gate f_t',
      i: 'input gate i_t',
      o: 'output gate o_t',
      g: 'candidate c̃_t',
      c: 'cell state c_t',
      h: 'hidden state h_t',
    } as Record<'z' | 'r' | 'n' | 'f' | 'i' | 'o' | 'g' | 'c' | 'h', string>,
    legend: 'A column per step, a row per unit.',
    swatches: {
      label: 'Colours of the gate maps',
      closed: 'gate closed (0)',
      open: 'gate open (1)',
      positive: 'state > 0',
      negative: 'state < 0',
    },
  },
  architecture: {
    heading: 'Stacked and bidirectional',
    stackedHeading: 'Stacked: deeper from input to output',
    stackedLabel:
      'A stacked recurrent network: two rows of cells over four steps, the upper row reading the lower row’s states',
    stackedCaption:
      'Each layer reads the states of the layer below at the same step, so the path from x_t to y_t gets longer: a deep recurrent network.',
    bidirectionalHeading: 'Bidirectional: reading both ways',
    bidirectionalLabel:
      'A bidirectional recurrent network: one row reading left to right, one right to left, both read by the outputs',
    bidirectionalCaption:
      'A second layer reads the sequence backwards, so each step also knows what comes after it; the two states are joined (⊕). The engine trains both kinds, gradient-checked like the single cell.',
  },
  longMemory: {
    heading: 'Long memory, trained live',
    intro:
      'The digit’s 28 rows, then T rows of nothing: the answer is asked only after the last one. To learn it, the error must travel back through all T empty rows to reach the digit. Train each cell from scratch and compare.',
    delay: 'Rows after the digit',
    filler: 'What fills them',
    blank: 'blank',
    noise: 'faint noise',
    train: 'Train',
    stop: 'Stop',
    biasChoice: 'Forget-gate bias at the start',
    biasNote:
      'The input gate starts nearly closed (bias −4). The longer the delay, the more open the forget gate must start: b_f = 4 (σ(4) ≈ 0.98) carries a digit across 100 rows; 1 or 2 only across 20 to 50.',
    gruNote:
      'The GRU’s update gate starts nearly open (bias 4, σ(4) ≈ 0.98), so its state is kept from step to step.',
    notRun: 'Not trained yet: choose a cell and press Train.',
    progress: (seen: string, budget: string, accuracy: string) =>
      `${seen} of ${budget} examples · held-out accuracy ${accuracy}`,
    runsHeading: 'Held-out accuracy while training (10% is guessing)',
    runsLabel: 'Held-out accuracy against examples trained on, one line per run',
    probeHeading: '‖∂L/∂h_t‖ on one held-out digit, under each run’s latest weights',
    probeLabel:
      'How much of the error reaches each step of one held-out sequence, under the current weights',
  },
  problem: {
    model: (cell: CellKind) => `The ${CELL_NAMES[cell]} model could not be loaded.`,
    data: 'The test digits could not be loaded.',
    dataOffline: 'The test digits are not kept for offline use yet: connect once and reload.',
    notLoaded: (cell: CellKind) => `The ${CELL_NAMES[cell]} model is not loaded yet.`,
    crashed: 'The recurrent networks’ worker stopped. Reload the page to start it again.',
    modelsFailed: 'The recurrent models could not be loaded.',
  },
};

export type SequenceText = typeof sequenceEn;

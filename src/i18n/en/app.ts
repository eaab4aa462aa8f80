import type { HiddenActivation, OutputActivation } from '../../engine/activations';
import type { CostName } from '../../engine/costs';
import type { Initialisation } from '../../engine/network';
import { groupDigits, shownNumber } from '../../math/shownNumber';
import { backpropEn } from './backprop';

/** A shipped model's name and description in the interface language, keyed by model id. */
export type ModelText = Record<string, { name: string; description: string } | undefined>;

/** A sentence-initial title lowered to stand mid-sentence: "Hidden layer 2" → "hidden layer 2". */

/** English strings of the main views; zh/app.ts must give every key the same shape. */
export const appEn = {
  language: 'Language',
  documentTitle: 'DeltaScope — watch a neural network learn',
  tagline: 'Watch a 784-16-16-10 network read handwritten digits, and learn.',
  /** Full stop, comma and list separator, written differently in Chinese. */
  stop: '.',
  comma: ', ',
  dot: ' · ',

  nav: {
    label: 'Views',
    view: 'View',
    explore: 'Draw & explore',
    backprop: 'Backprop, step by step',
    descent: 'Gradient descent',
    lab: 'Chain-rule lab',
    sequence: 'Recurrence',
    /** The tabs' names in projector mode, where five full names do not fit beside the title. */
    short: {
      explore: 'Explore',
      backprop: 'Backprop',
      descent: 'Descent',
      lab: 'Chain rule',
      sequence: 'Recurrence',
    },
  },

  /** How the page names functions, layers and neurons. */
  names: {
    activation: {
      sigmoid: 'sigmoid',
      relu: 'relu',
      tanh: 'tanh',
      softmax: 'softmax',
    } satisfies Record<HiddenActivation | OutputActivation, string>,
    cost: {
      squared: 'squared',
      'half-squared': 'half-squared',
      'cross-entropy': 'cross-entropy',
    } satisfies Record<CostName, string>,
    init: { normal: 'normal', xavier: 'xavier', he: 'he' } satisfies Record<Initialisation, string>,
    input: 'input',
    output: 'output',
    hidden: (layer: number) => `hidden layer ${layer}`,
    inputPixel: (n: number) => `Input pixel ${n}`,
    outputNeuron: (digit: number) => `Output neuron “${digit}”`,
    outputNeuronFor: (digit: number) => `Output neuron for digit ${digit}`,
    hiddenNeuron: (layer: number, n: number) => `Hidden layer ${layer}, neuron ${n}`,
    /** "hidden layer 2 neuron 5": a layer name and a neuron's number. */
    layerNeuron: (layer: string, n: number) => `${layer} neuron ${n}`,
  },

  input: {
    heading: 'Input',
    source: 'Input source',
    draw: 'Draw',
    mnist: 'MNIST',
    pad: 'Drawing pad: draw a digit from 0 to 9',
    padHint: 'Draw a digit here',
    padKeys:
      'With the keyboard: the arrow keys move the pen (with Shift, 4 squares), Space or Enter puts it down or lifts it, Delete clears the pad.',
    undo: 'Undo',
    clear: 'Clear',
    sees: 'The 28 by 28 image the network sees',
    seesCaption: 'What the network sees (28×28)',
    hideSteps: 'Hide steps',
    how: 'How?',
    crop: 'Crop to the ink',
    cropSize: (w: number, h: number) => ` (${w}×${h} px on the pad)`,
    scale: 'Scale the longer side to 20 px',
    scaleCapped: ' (a very small drawing is scaled less, so a dot stays a dot)',
    redraw: ", and redraw the strokes at MNIST's pen width, anti-aliased to grey levels:",
    scaled: 'The cropped and scaled drawing',
    place: 'Place it in the 28×28 frame with its centre of mass at the centre',
    shift: (x: string, y: string) => ` (shifted by ${x}, ${y} px)`,
    linked:
      'This digit came with a link as its 28×28 pixels, already cropped, scaled and centred the MNIST way: the strokes that made it are not in the link, so the network is given these pixels as they are.',
  },

  mnist: {
    digitLabel: (index: number, label: number) => `MNIST test digit ${index}, a ${label}`,
    loading: 'Loading',
    testDigit: 'MNIST test digit',
    label: 'label',
    loadingSet: 'Loading the MNIST test set…',
    previous: 'Previous digit',
    random: 'Random digit',
    next: 'Next digit',
    nextWrong: 'Next digit it gets wrong',
    answeredBefore: 'The network answered ',
    answeredAfter: (label: number) => ` for this ${label} when its accuracy was measured.`,
    picks: 'Show a test digit with the label',
    pick: (digit: number) => `Next test digit labelled ${digit}`,
  },

  correct: {
    ask: 'Wrong answer? This drawing is a…',
    picks: 'The digit you drew',
    pauseFirst: 'Pause training to teach it',
    teach: (steps: number) => `Teach it: ${steps} gradient steps`,
    outcome: (label: number, before: string) => `Output “${label}”: ${before} → `,
    outcomeSteps: (steps: number) =>
      ` after ${steps} steps, each on this drawing and 9 training digits.`,
    barely:
      ' It barely moved: the network is sure of another answer, and a saturated sigmoid output passes almost no gradient back (compare cross-entropy in the chain-rule lab).',
    changed: (label: number, steps: number) =>
      `This changed the network: trained on your drawing labelled ${label}, ${steps} steps; test accuracy `,
    changedEnd: '.',
    undo: 'Undo the correction',
    undone: (accuracy: string) =>
      `Undone: the weights are back as they were; test accuracy ${accuracy}.`,
  },

  network: {
    card: 'Network',
    heading: (sizes: string) => `Network ${sizes}`,
    edges: 'Edge colour shows',
    weights: 'weights w',
    signal: 'signal w·a',
    blue: '■ blue',
    red: '■ red',
    positive: ' positive · ',
    /** Edge width and opacity both grow with |w| (or |w·a|): true on a dark or light page. */
    legendRest: (signal: boolean) =>
      ` negative · thicker, bolder edges: larger ${signal ? '|w·a|' : '|w|'} · neurons: black 0 → white 1`,
    view: 'The network, layer by layer',
    neurons: 'Neurons: point at one, or focus one and select it with Enter',
  },

  neuron: {
    card: 'Neuron details',
    heading: 'Neuron',
    hint: 'Point at a neuron (or tap it) to see its z, a and bias, and what feeds it.',
    image: 'Its 784 incoming weights as a 28 by 28 image',
    weightsBefore: 'Its 784 incoming weights: ',
    blue: 'blue',
    raises: ' ink raises z, ',
    red: 'red',
    lowers: ' ink lowers it.',
    largest: (layer: number) => `Largest contributions w·a from hidden layer ${layer}:`,
    from: (n: number) => `neuron ${n}: `,
    close: '× Training',
    closeHint: 'Deselect the neuron and show training beside the network again (Esc)',
  },

  outputs: {
    card: 'Output layer',
    heading: 'Output layer',
    says: 'The network says',
    bars: 'Activations of the ten output neurons',
    confidence: (a: string) => `activation ${a}`,
  },

  model: {
    card: 'Model',
    heading: 'Model',
    network: 'Network',
    custom: 'Custom weights',
    /** Shipped models' names by id; English uses the names in public/models/index.json. */
    shipped: {} as ModelText,
    spec: (sizes: string, hidden: string, output: string, cost: string) =>
      `${sizes} · ${hidden} hidden · ${output} output · ${cost} cost`,
    accuracy: 'Test accuracy',
    onTestSet: 'on the 10,000 official MNIST test digits',
    stale: ', scored before training resumed: pause to score again',
    load: 'Load file…',
    save: 'Save model',
    random: 'Random weights',
    /** A network the reset button made: its name in the model list. */
    randomSeeded: (seed: number) => `Random weights (seed ${seed})`,
  },

  weights: {
    card: 'What each first-layer neuron looks for',
    heading: 'Hidden layer 1: incoming weights as images',
    cell: (n: number) => `Weights into hidden neuron ${n}`,
  },

  training: {
    heading: 'Training',
    pause: 'Pause',
    train: 'Train',
    step: 'One mini-batch',
    epoch: 'To the end of the epoch',
    rate: 'Learning rate η',
    rateSlider: 'Learning rate η, on a log scale',
    batch: 'Mini-batch',
    epochs: 'Epochs per run',
    loadingTrain: 'Loading the 60,000 training digits…',
    notYet: 'Not trained yet in this session.',
    statEpoch: (n: number) => `epoch ${n}`,
    statPosition: (position: string, size: string) => `${position} / ${size} examples`,
    statSpeed: (perSecond: string) => `${perSecond} examples/s`,
    statLeft: (seconds: number) => `${seconds} s left in epoch`,
    statCost: (cost: string) => `cost ${cost}`,
    statTrain: (percent: string) => `train ${percent}`,
    statValidation: (percent: string) => `validation ${percent}`,
    cost: 'Training cost',
    costNote: ' (mean over mini-batches)',
    log: 'log scale',
    accuracy: 'Validation accuracy',
    accuracyNote: ' (5,000 held-out digits, every 10,000 examples)',
    chart: (name: string) => `${name} against examples seen`,
    examplesSeen: 'examples seen',
    randomStart: 'Start from random weights',
    randomStartHint:
      'New random weights for this network, then train: the cost falls and the accuracy climbs from about 10%',
    counter: (epochs: string, examples: string) => `${epochs} epochs · ${examples} examples seen`,
    historyHeading: 'Training history',
    historySlider: 'The network at a saved point of this run',
    historyPoint: (epochs: string, examples: string) =>
      `The network after ${epochs} epochs (${examples} examples)`,
    /** Followed by the test accuracy, coloured by its value. */
    historyScore: (cost: string) => `: test cost ${cost}, test accuracy `,
    historyLatest: ' (the latest)',
    historyEmpty: 'Training saves the network as it goes; pause to go back to a point.',
    historyEarlier: 'Training on from here drops the later points.',
    historyPause: 'Pause to go back to an earlier point.',
  },

  architecture: {
    legend: 'New network',
    hiddenLayers: 'Hidden layers',
    width: (layer: number) => `Layer ${layer} neurons`,
    hidden: 'Hidden activation',
    outputCost: 'Output and cost',
    outputs: {
      'sigmoid-squared': 'sigmoid, squared error (3B1B)',
      'softmax-cross-entropy': 'softmax, cross-entropy',
      'sigmoid-cross-entropy': 'sigmoid, cross-entropy',
      'softmax-squared': 'softmax, squared error',
    },
    init: 'Initial weights',
    seed: 'Seed',
    build: (sizes: string) => `Build ${sizes}`,
  },

  numberError: (label: string, integer: boolean, min: number, max: number) =>
    `${label} must be ${integer ? 'a whole number' : 'a number'} from ${shownNumber(min, 6)} to ${shownNumber(max, 6)}.`,

  confusion: {
    card: 'Test-set mistakes',
    heading: 'Where it goes wrong on the test set',
    scoring: (count: string) => `Scoring the ${count} test digits…`,
    loading: 'Loading the 10,000 MNIST test digits…',
    stale: 'Counted before training resumed: pause to score the test set again.',
    table: 'Confusion matrix: rows are the true digit, columns the guess',
    guessed: 'guessed',
    recall: 'recall',
    true: 'true',
    digits: (n: number) => `${groupDigits(n)} ${n === 1 ? 'digit' : 'digits'}`,
    readAs: (t: number, g: number, digits: string) => `${t} read as ${g}: ${digits}`,
    share: (t: number, percent: string) => `, ${percent} of the ${t}s`,
    diagonal: 'On the diagonal: ',
    of: ' of ',
    correct: ' read correctly = ',
    accuracy:
      ', the test accuracy. Green: right; red: wrong, brighter for a larger share of the row. Click a cell for its digits.',
  },

  gallery: {
    worst: (shown: number, total: number) => `The ${shown} worst of ${groupDigits(total)} mistakes`,
    back: '← Worst mistakes',
    leastConfident: 'Least confident first: the ones it nearly got wrong.',
    mostConfident:
      'Most confident first: under each, true label → guess (that output’s activation).',
    /** Follows the sentence before it: English sets it off with a space, Chinese does not. */
    click: ' Click a digit to run it through the network at the top.',
    emptyCell: 'No test digit falls in this cell.',
    emptyAll: 'The network reads every test digit right.',
    more: (n: number) => `${groupDigits(n)} more not shown.`,
    thumb: (index: number, label: number, guess: number, output: string) =>
      `Test digit ${index}: a ${label} read as ${guess} (output ${output})`,
  },
  ...backpropEn,
};

/** The app area's strings, as non-React modules receive them. */
export type AppText = typeof appEn;

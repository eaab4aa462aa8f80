import type { HiddenActivation, OutputActivation } from '../../engine/activations';
import type { CostName } from '../../engine/costs';
import type { Initialisation } from '../../engine/network';
import { groupDigits } from '../../math/texNumber';

/** A shipped model's name and description in the interface language, keyed by model id. */
export type ModelText = Record<string, { name: string; description: string } | undefined>;

/** A sentence-initial title lowered to stand mid-sentence: "Hidden layer 2" → "hidden layer 2". */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

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
    legendRest: ' negative · brighter edges are stronger · neurons: black 0 → white 1',
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
    `${label} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`,

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
    click: 'Click a digit to run it through the network at the top.',
    emptyCell: 'No test digit falls in this cell.',
    emptyAll: 'The network reads every test digit right.',
    more: (n: number) => `${groupDigits(n)} more not shown.`,
    thumb: (index: number, label: number, guess: number, output: string) =>
      `Test digit ${index}: a ${label} read as ${guess} (output ${output})`,
  },

  timeline: {
    card: 'Backpropagation, step by step',
    status: {
      idle: 'Loading the network…',
      tracing: 'Tracing this example…',
      'needs-label': 'Which digit did you draw? Pick its label to trace backpropagation.',
      failed: 'This example could not be traced. Try another digit.',
    },
    count: (step: number, steps: number) => `Step ${step} of ${steps}`,
    back: '← Back',
    slider: 'Step',
    pause: '❚❚ Pause',
    play: '▶ Play',
    next: 'Next →',
  },

  /** Titles and captions of the backpropagation steps (src/backprop/stepText.ts). */
  steps: {
    forwardTitle: (from: string, to: string) => `Forward: ${from} → ${to}`,
    /** `hidden`: the hidden layer's number, null for the output layer. */
    forwardCaption: (hidden: number | null, f: string) =>
      `Each neuron of ${hidden === null ? 'the output layer' : `hidden layer ${hidden}`} weighs the previous activations, adds its bias and squashes: a = ${f}(W·a + b).`,
    costTitle: (formula: string) => `The cost ${formula}`,
    /** A cost whose formula needs words (ln) is titled by its name: titles are plain text. */
    costNamedTitle: (name: string) => `The ${name} cost`,
    costCaption:
      'How wrong is this answer? The target y is 1 for the true digit and 0 for the others; each output adds its own term.',
    wantsTitle: 'What each output neuron wants',
    wantsCaption: (formula: string) =>
      `${formula}: the true digit's neuron wants to go up, the others down, each in proportion to how far it is off.`,
    outputDeltaTitle: 'Through the activation: δ = ∂C/∂z at the output',
    outputDeltaSoftmax:
      'Softmax ties the outputs together: each δⱼ depends on every output through its Jacobian sⱼ(δᵢⱼ − sᵢ).',
    outputDeltaSigmoid:
      'δⱼ = σ′(zⱼ)·∂C/∂aⱼ. A saturated neuron (a near 0 or 1) has a small σ′ and passes little back.',
    desiresTitle: (layer: string) => `Desires summed into ${layer}`,
    desiresCaption:
      '∂C/∂aₖ = Σⱼ wⱼₖ δⱼ: every neuron of the next layer pulls on neuron k through its weight; the pulls add up.',
    deltaTitle: (layer: string) => `δ for ${layer}`,
    deltaCaption: (f: string) =>
      `δₖ = ${f}′(zₖ)·∂C/∂aₖ: the backward pass is the network run in reverse, each neuron an amplifier of gain ${f}′(z).`,
    gradientTitle: 'The gradient: ∂C/∂w = aₖ·δⱼ and ∂C/∂b = δⱼ',
    gradientCaption:
      'Edges now show −∂C/∂w: blue weights should grow, red ones shrink. Bright neurons’ connections matter most.',
    updateTitle: 'The update: w ← w − η·∂C/∂w',
    updateCaption:
      'Every weight and bias takes a small step against its own gradient, scaled by the learning rate η.',
    afterTitle: 'Forward again: the cost falls',
    afterCaption: 'The same digit through the updated network. Edges show the new weights.',
  },

  legend: {
    edgesShow: 'Edges show −∂C/∂w: ',
    blue: '■ blue',
    red: '■ red',
    grow: ' should grow · ',
    shrink: ' should shrink',
    positive: ' positive · ',
    negative: ' negative weights',
    neurons: 'neurons: ',
    violet: '● violet',
    rises: ' cost falls if it rises · ',
    orange: '● orange',
    drops: ' cost falls if it drops',
    forward: 'neurons: black 0 → white 1, dark grey: not computed yet',
    pick: 'click a neuron, then point at one of its edges',
  },

  lesson: {
    card: 'Target and learning rate',
    heading: 'Target y',
    drawing: 'This drawing is a…',
    picks: 'The digit you drew',
    trueBefore: 'The true label of this test digit: ',
    trueAfter: '. The target y is 1 for that output and 0 for the other nine.',
    rate: 'Learning rate η of the update step',
    outputs: 'Output and cost',
    waiting: 'Waiting for the trace…',
    digit: 'digit',
    wants: 'wants',
    up: 'wants to go up',
    down: 'wants to go down',
    cost: 'Cost C₀',
    after: (eta: number) => `After one step (η = ${eta}):`,
    lower: (percent: string) => ` lower by ${percent}%`,
    overshoots: ' not lower: this η overshoots',
  },

  chain: {
    card: 'Chain rule',
    heading: 'Chain rule',
    empty: 'The chain rule appears here once the example is traced.',
    earlier: (kind: 'neuron' | 'edge', lines: number) =>
      `Earlier steps for this ${kind} (${lines} ${lines === 1 ? 'line' : 'lines'})`,
    strongest: (gradientKnown: boolean) =>
      `Its strongest incoming edges ${gradientKnown ? 'by |∂C/∂w|' : 'by |w·a|'}:`,
    fromPixel: (n: number) => `from pixel ${n}`,
    fromNeuron: (n: number) => `from neuron ${n}`,
    backToNeuron: 'Back to the neuron',
    nudge: (kind: 'weight' | 'bias') => `Nudge this ${kind} by 0.01 and rerun`,
    nudgeHead: (symbol: string) => `nudge Δ${symbol}`,
    chainHead: (symbol: string) => `chain rule ∂C/∂${symbol}`,
    afterGradient: 'after the gradient step',
  },

  /** The explore page's chain rule for the hovered neuron, under the weights of the moment. */
  live: {
    card: 'Live chain rule',
    heading: 'Chain rule, live',
    hint: 'Point at a neuron (or tap it) to see its chain rule with this digit’s numbers.',
    following:
      'This digit’s numbers under the current weights: they follow training while it runs.',
    forward: 'Forward pass',
    backward: (label: number) => `Backward pass, target digit ${label}`,
    needsLabel: 'The gradient needs a label: which digit did you draw?',
    picks: 'The digit you drew',
  },

  /** Captions of the chain-rule lines and words inside their TeX (src/math). */
  math: {
    pendingOutput: 'Not computed yet: step forward to the output layer.',
    pendingHidden: (layer: number) => `Not computed yet: step forward to hidden layer ${layer}.`,
    /** `to` and `from` are neuron titles ("Hidden layer 2, neuron 4"), lowered mid-sentence. */
    weightTitle: (to: string, from: string) =>
      `Weight into ${lowerFirst(to)} from ${lowerFirst(from)}`,
    moreTerms: (n: number) => (n === 1 ? '1 more term' : `${n} more terms`),
    input: (pixel: number) => `The brightness of pixel ${pixel}, from 0 (black) to 1 (white).`,
    z: 'Every activation of the previous layer, weighted, plus the bias.',
    zTerms: (shown: number) =>
      `Every activation of the previous layer, weighted, plus the bias; the ${shown} largest terms w·a are written out.`,
    activation: {
      sigmoid: 'The sigmoid squashes z into an activation between 0 and 1.',
      tanh: 'tanh squashes z into an activation between −1 and 1.',
      relu: 'ReLU keeps a positive z and zeroes a negative one: its activations are not confined to [0, 1].',
    } satisfies Record<HiddenActivation, string>,
    softmax: 'Softmax: every output shares one denominator, so the outputs add up to 1.',
    desires: (wants: string) =>
      `Every neuron of the next layer pulls on this one through its weight; the pulls add up. ${wants}`,
    slope: {
      sigmoid:
        'The sigmoid is steepest at z = 0; a saturated neuron (a near 0 or 1) passes little back.',
      relu: 'ReLU passes the signal back unchanged where z > 0 and blocks it where z ≤ 0.',
      tanh: 'tanh is steepest at z = 0; a saturated neuron (a near ±1) passes little back.',
    } satisfies Record<HiddenActivation, string>,
    deltaElementwise:
      'Chain rule through the activation: its slope times what the activation wants.',
    deltaCrossEntropy:
      'Cross-entropy and its matching output activation cancel: δ is simply a − y.',
    deltaSoftmax:
      'Softmax ties the outputs together: raising z_j raises a_j and lowers every other output.',
    biasGradient: 'z changes one-for-one with the bias, so the bias’s gradient is δ itself.',
    update: 'One step of gradient descent: against the gradient, scaled by the learning rate η.',
    was: 'was ',
    after: 'The same example through the updated network.',
    afterLower: 'One step lowered the cost of this example.',
    afterNotLower: 'This step did not lower the cost: the learning rate may be too large.',
    wantsUp: 'Negative: raising this activation lowers the cost, so it wants to go up.',
    wantsDown: 'Positive: raising this activation raises the cost, so it wants to go down.',
    wantsNone: 'Zero: nudging this activation does not change the cost.',
    wantsNaN: 'Not a number: the output has saturated.',
    costTerm: (y: number, label: number) =>
      `This output’s share of the cost; its target y is ${y} (1 only for the true digit, ${label}).`,
    costSoftmax: 'Only the true digit’s term is non-zero: the cost is −ln of its probability.',
    costSum: 'The cost of this example adds up the terms of every output.',
    thisOutput: 'this output',
    others: (n: number) => `the other ${n}`,
    weight: 'One of the parameters gradient descent adjusts.',
    contribution: (z: string, neuron: number) =>
      `Its share of z = ${z} of neuron ${neuron}: the brighter the neuron feeding it, the more the weight matters.`,
    factorsKnown: 'Every factor is known; the gradient step multiplies them out.',
    factorAwaited: (factor: string, neuron: number) =>
      `The last factor, ${factor} of neuron ${neuron}, comes in the backward pass.`,
    weightGradient:
      '∂z/∂w is the activation feeding the edge: connections from bright neurons matter most.',
  },

  batch: {
    card: 'Many examples',
    heading: (digits: number, neuron: string) =>
      `Many examples: what ${digits} digits want from ${neuron}`,
    captionBefore: 'Each digit wants its own nudges −∂C/∂w to the neuron’s incoming weights (',
    blue: 'blue',
    up: ' up, ',
    red: 'red',
    captionAfter:
      ' down) and −∂C/∂b to its bias. Averaged, their wishes partly cancel: the average is the step that stochastic gradient descent takes for this mini-batch.',
    tile: (index: number, label: string) => `#${index}: a ${label}`,
    average: 'average: the SGD step',
    nudges: (caption: string) => `Desired weight nudges, ${caption}`,
  },

  gradient: {
    card: 'The gradient vector',
    heading: 'The gradient vector −∇C of this mini-batch: 13,002 numbers',
    captionBefore:
      'One cell per weight and bias, a block per layer (a row per neuron: its incoming weights, then its bias). ',
    blue: 'Blue',
    raise: ': the average wish is to raise it, ',
    red: 'red',
    captionAfter:
      ': to lower it; brightness is how much that parameter matters, each layer on its own scale. Point at a cell to find it in the network.',
    strip: "The gradient of the mini-batch's mean cost, one cell per parameter",
    pointAt: 'Point at a cell.',
    bias: (neuron: string) => `bias of ${neuron}`,
    fromPixel: (neuron: string, k: number) => `weight into ${neuron} from pixel ${k}`,
    fromNeuron: (neuron: string, k: number) => `weight into ${neuron} from neuron ${k}`,
    pointed: (text: string, symbol: string, value: string) => `${text}: −∂C/∂${symbol} = ${value}`,
  },
};

/** The app area's strings, as non-React modules receive them. */
export type AppText = typeof appEn;

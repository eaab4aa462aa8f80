import type { HiddenActivation } from '../../engine/activations';
import { shownNumber } from '../../math/shownNumber';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The backprop page's strings: its timeline, steps, legend, chain rule and mini-batch. */
export const backpropEn = {
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
    /** Edge width and opacity both grow with the size of what the edges show. */
    strength: (shown: string) => ` · thicker, bolder: larger |${shown}|`,
    neurons: 'neurons: ',
    violet: '● violet',
    rises: ' cost falls if it rises · ',
    orange: '● orange',
    /** The colour-blind palette's nudge colours: orange there means a negative weight. */
    purple: '● purple',
    green: '● green',
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
    after: (eta: number) => `After one step (η = ${shownNumber(eta, 6)}): `,
    lower: (percent: string) => ` lower by ${percent}%`,
    left: (fraction: string) => ` lower: ${fraction} of what it was`,
    underflow: ' lower, too small for a double to hold',
    belowSmallest: (smallest: string) => `below ${smallest}, the smallest double`,
    overshoots: ' not lower: this η overshoots',
    updated: 'a′',
    columns: 'a: before the update step. a′: after it, as the network shows now.',
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
    nudge: (kind: 'weight' | 'bias', sizes: readonly number[]) =>
      `Rerun with this ${kind} nudged by ${sizes.slice(0, -1).join(', ')} and ${sizes.at(-1)} in turn`,
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

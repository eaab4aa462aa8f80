import type { Expected, GraphProblem } from '../../lab/graph/problems';
import type { GraphPresetId } from '../../lab/graph/presets';
import type { JacobianPresetId } from '../../lab/jacobian/presets';
import type { WorkedNote, WorkedTitle, WorkedWhy } from '../../lab/worked/quantity';
import { groupDigits, shownNumber } from '../../math/shownNumber';
import { echo } from '../echo';

const EXPECTED: Record<Expected, string> = {
  operator: 'an operator (+, −, ×)',
  operand: 'a number, a name or “(”',
  closing: '“)”',
};
const FUNCTION_LIST = 'sigmoid (or σ), tanh, exp, square';
/** "at character 7" counts from 1, as a reader would. */
const where = (at: number) => `at character ${at + 1}`;
const steps = (n: number) => `${groupDigits(n)} ${n === 1 ? 'step' : 'steps'}`;

function graphProblem(p: GraphProblem): string {
  switch (p.code) {
    case 'empty':
      return 'Type an expression, such as x * y.';
    case 'tooLong':
      return `The expression is too long: keep it under ${p.max} characters.`;
    case 'nameTooLong':
      return `The name “${echo(p.name)}” ${where(p.at)} is too long: use at most ${p.max} letters.`;
    case 'notAllowed':
      return `“${echo(p.character)}” ${where(p.at)} is not allowed: use numbers, names, + − ×, parentheses and ${FUNCTION_LIST}.`;
    case 'endsEarly':
      return `The expression ends too early: expected ${EXPECTED[p.expected]}.`;
    case 'unexpected':
      return `Unexpected “${echo(p.text)}” ${where(p.at)}: expected ${EXPECTED[p.expected]}.`;
    case 'unknownFunction':
      return `Unknown function “${echo(p.name)}” ${where(p.at)}: use ${FUNCTION_LIST}.`;
    case 'isFunction':
      return `“${echo(p.name)}” ${where(p.at)} is a function: write ${p.name}(…).`;
    case 'noInputs':
      return 'Use at least one named input, such as x, so there is something to edit.';
    case 'tooManyInputs':
      return `Use at most ${p.max} different inputs.`;
    case 'tooManyNodes':
      return `That graph has ${p.count} nodes: keep it to ${p.max}.`;
    case 'tooDeep':
      return `That graph is ${p.depth} steps deep: keep it to ${p.max}.`;
    case 'overflow':
      return 'With those values a number overflows (exp grows very fast): try smaller inputs.';
  }
}

const why: Record<WorkedWhy, string> = {
  input: 'The example’s input.',
  target: 'What this output should be.',
  startWeight: 'A starting weight of the example.',
  hiddenBias: 'The hidden layer’s bias, shared by h₁ and h₂.',
  outputBias: 'The output layer’s bias, shared by o₁ and o₂.',
  eta: 'The learning rate: how far one step moves.',
  net: 'A neuron first adds up its weighted inputs and its bias (the bias is a weight on a constant input of 1).',
  out: 'Then it squashes that sum with the logistic function σ into a number between 0 and 1.',
  outputError:
    'Squared error of one output; the ½ is there so that it cancels when we differentiate.',
  totalError: 'The error of the whole network on this example: the sum over its outputs.',
  outputErrorSlope:
    'Only E_o of this output depends on its out; the derivative of ½(target − out)² is −(target − out).',
  hiddenPath:
    'Only this output’s error depends on its net, so ∂E_o/∂net_o is its δ; net_o changes with out_h at the rate of the weight between them.',
  hiddenSum:
    'This hidden neuron feeds both outputs, so its effect on the total error is the sum of both paths.',
  sigmoidSlope: 'The slope of the sigmoid, written with its own output: σ′(x) = σ(x)(1 − σ(x)).',
  delta:
    'δ, the error signal, is how fast the error changes with this neuron’s net input; every weight into the neuron reuses it.',
  netByWeight:
    'net is a sum in which this weight multiplies only this input, so the slope is that input.',
  chain: 'The chain rule: a nudge to the weight moves net, which moves out, which moves the error.',
  shorthand:
    'The same chain with δ standing for its first two factors; ∂net/∂w is the input on this edge.',
  newWeight:
    'One step of gradient descent: move the weight against its gradient, scaled by the learning rate η.',
  biasGradient: 'The bias is a weight on a constant input of 1, so its gradient is the neuron’s δ.',
  newBias: 'The same gradient-descent step as for the weights.',
};

const titles: Record<WorkedTitle, string> = {
  given: 'Given',
  forward: 'Forward pass',
  error: 'Total error',
  outputLayer: 'Backward pass: output layer',
  hiddenLayer: 'Backward pass: hidden layer',
  biasesFixed: 'Biases',
  biasesUpdated: 'Biases (updated too)',
};

const notes: Record<WorkedNote, string> = {
  forwardOrder:
    'Hidden layer first, then the output layer, which takes out(h₁), out(h₂) as inputs.',
  hiddenTwoPaths:
    'out(h₁) reaches the error through o₁ and through o₂, so ∂E/∂out(h₁) adds both contributions.',
  hiddenOriginalWeights:
    'It uses the original w₅ … w₈, not the updated ones: every weight changes together, after the whole backward pass.',
  biasesFixed:
    'The classic write-up does not update the biases: b₁ stays 0.35 and b₂ stays 0.60 after every step. Choose “update biases too” to let the engine step them as it does for MNIST.',
  biasesSplit:
    'The engine gives every neuron its own bias, so once they move, b₁ splits into b(h₁), b(h₂) and b₂ into b(o₁), b(o₂).',
};

const graphPresets: Record<GraphPresetId, string> = {
  shopping: 'Shopping: apples × tax',
  neuron: 'One neuron: σ(w·x + b)',
  'squared-error': 'Squared error: (tanh x − y)²',
};

const jacobianPresets: Record<JacobianPresetId, string> = {
  mixed: 'Mixed inputs',
  'saturated-wrong': 'Saturated and wrong',
  'saturated-right': 'Saturated and right',
};

/** English strings of the lab area; zh/lab.ts must give every key the same shape. */
export const labEn = {
  tabs: {
    label: 'Lab',
    chain: 'One neuron per layer',
    worked: 'The 2-2-2 worked example',
    graph: 'Computational graphs',
    jacobian: 'Softmax and tanh',
  },
  chain: {
    sectionLabel: 'The chain',
    heading: 'One neuron per layer: x → a⁽¹⁾ → a⁽²⁾ → a⁽³⁾ = aᴸ',
    caption:
      'z⁽ˡ⁾ = w⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾, a⁽ˡ⁾ = σ(z⁽ˡ⁾), C₀ = (a⁽³⁾ − y)². Drag the filled markers (or focus one and use the arrow keys); hollow ones follow. Dragging a⁽¹⁾ or a⁽²⁾ re-solves that neuron’s bias.',
    treeLabel: 'The last two layers as a tree, every quantity on its own number line',
    markerLabel: (symbol: string) => `${symbol}: drag, or use the arrow keys`,
    derivativeHeading: 'The chain rule',
    studyLabel: 'Derivative of C₀ with respect to',
    chainRuleTex: 'chain rule',
    furtherTex: 'one layer further',
    engine: 'Backprop in the engine: ',
    slope: 'slope',
    factorPlot: (of: string, by: string) => `${of} against ${by}, with its slope at the point`,
    yourNudge: 'Your nudge:',
    ratio: 'ratio',
    dragBefore: 'Drag the ',
    dragAfter: ' marker (or focus it and press the arrow keys) to see the ratio of the nudges.',
    nudgesLabel: 'Ratio of nudges',
    nudgesHeading: 'Shrinking the nudge',
    minusChainRule: 'minus chain rule',
    chainRuleRow: 'chain rule',
    nudgesBefore: 'Each row reruns the chain with ',
    nudgesMiddle: ' moved by Δ',
    nudgesAfter:
      '. The ratio settles on the chain-rule value: once the nudge is small, a tenfold smaller nudge leaves a tenfold smaller error.',
    descentLabel: 'Gradient descent',
    descentHeading: 'Gradient descent on the chain',
    learningRate: 'Learning rate η',
    step: 'Step',
    stop: 'Stop',
    run: (n: number) => `Run ${n} steps`,
    reset: 'Reset',
    stepCount: 'Step',
    costIs: ', C₀ = ',
    costPlot: 'C₀ after each gradient-descent step',
    stepsAxis: (n: number | null) => (n === null ? 'steps' : `${n} steps`),
    params: (w: string, b: string, x: string) =>
      `Each step moves all six parameters by −η ∂C₀/∂p: w = (${w}), b = (${b}), input x = ${x}.`,
  },
  worked: {
    heading: 'The 2-2-2 worked example',
    intro:
      'The classic hand calculation of backpropagation: two inputs, two hidden and two output neurons, sigmoid everywhere, one training example and learning rate 0.5. Every number below comes from the same engine that trains the MNIST network.',
    // Its own leading space: Chinese needs none after its full stop.
    clickAny: ' Click any number to see how it was computed.',
    typo: (printed: string) =>
      `A widely copied version prints out(o₁) = ${printed}; that is a typo. σ(net(o₁)) is `,
    typoEnd: '.',
    networkLabel: 'The network',
    biases: 'Biases',
    biasesFixed: 'Classic: biases fixed',
    biasesUpdate: 'Update biases too',
    biasesUpdated: 'Biases updated too',
    keepsFixed: 'The classic write-up keeps b₁ and b₂ fixed.',
    diagram: 'The 2-2-2 network with weights w1 to w8',
    weight: (n: number, value: number) => `weight w${n} = ${shownNumber(value, 6)}`,
    bias: (n: number) => `bias b${n}`,
    neuron: (name: string) => `neuron ${name}`,
    runMore: 'Run more steps',
    stepsToRun: 'Steps to run',
    steps,
    restarts: 'Each run restarts from the example’s weights, η = 0.5.',
    totalSub: 'total',
    symbolWords: { total: 'total', out: 'out', target: 'target', net: 'net' },
    after: (n: number) => ` after ${steps(n)}`,
    outputs: (o1: string, o2: string) => `out(o₁) = ${o1}, out(o₂) = ${o2}`,
    targets: ' (targets 0.01, 0.99)',
    classic: (quoted: string) =>
      `The classic write-up quotes ${quoted} after 10,000 steps (biases fixed). That is the error the 10,000th step starts from, after 9,999 updates: `,
    classicHere: ' here. After the 10,000th update it is ',
    classicEnd: '.',
    curve: (n: number) => `Error over ${n} steps, log scale`,
    stepsAxis: 'steps',
    derivation: 'How this number was computed',
    computedFrom: 'Computed from',
    usedToCompute: 'Used to compute',
    howComputed: 'How was this computed?',
    goTo: 'Go to this number',
    why,
    titles,
    notes,
  },
  graph: {
    sectionLabel: 'Computational graphs',
    presetsLabel: 'Example graphs',
    presets: graphPresets,
    /** The shopping preset's input names; any script's letters may name an input. */
    shoppingNames: { apple: 'apple', count: 'count', tax: 'tax' },
    expressionHint: 'Expression (+ − ×, sigmoid or σ, tanh, exp, square)',
    functions: { exp: 'exp', square: 'square' },
    draw: 'Draw graph',
    problem: graphProblem,
    refused: (name: string, value: number, problem: string) =>
      `${echo(name)} = ${shownNumber(value, 6)} is refused. ${problem}`,
    inputGrad: (name: string, grad: string) => `∂out/∂${name} = ${grad}`,
    output: 'Output',
    inBoxes: '. In the boxes: forward values. ',
    red: 'Red',
    redMeaning: ': gradients d out / d(that value), carried right to left along the edges.',
    diagram: 'Computational graph, inputs on the left, output on the right',
    outputTag: 'output',
    constant: 'constant',
    grad: (g: string) => `grad ${g}`,
    /** An input's gradient goes by the input's own name: d out / d tax, written d tax. */
    inputGradLabel: (name: string, g: string) => `d ${name} = ${g}`,
    constantNode: (value: string) => `the constant ${value}`,
    opNode: (op: string, value: string) => `the ${op} node (${value})`,
    stepper: 'Backward pass, step by step',
    forwardOnly: 'Forward pass only',
    back: '◀ Back',
    next: 'Next step ▶',
    all: 'All steps',
    counter: (done: number, total: number) => `Backward step ${done} of ${total}`,
    ruleLabel: 'The local rule of this step',
    introBefore:
      'The forward pass is done: every node shows its value. Step backwards from the output, where d out = 1. A × node sends back d out times the ',
    introOther: 'other',
    introAfter:
      ' factor, a + node passes d out on unchanged, a function multiplies it by its own slope.',
    // The story's sentences end in a space here; Chinese needs none after its punctuation.
    storyName: (name: string) => `${name}. `,
    isOutput: 'It is the output, so its gradient is d out = 1. ',
    usedTimes: (count: number, sum: string) =>
      `It is used ${count} times, so the gradients coming back add up: ${sum}. `,
    receives: (grad: string) => `It receives the gradient ${grad}. `,
    operandIs: (letter: string, node: string) => `${letter} is ${node}`,
    operands: (parts: readonly string[]) => `Here z is this node, ${parts.join(' and ')}. `,
    sendTo: (grad: string, node: string) => `${grad} to ${node}`,
    sends: (parts: readonly string[]) => `It sends back ${parts.join(' and ')}.`,
    perUnit: (name: string) => `That is how much the output moves per unit of ${name}.`,
  },
  jacobian: {
    layerLabel: 'The layer',
    layerHeading: 'One layer, two activations',
    presetsLabel: 'Presets',
    presets: jacobianPresets,
    input: 'input',
    slider: (input: string) => `${input} slider`,
    goldBefore: 'The gold outline marks the target output (',
    goldAfter: ' = 1 there, 0 elsewhere).',
    tanhTitle: 'tanh: a diagonal Jacobian',
    tanhNote:
      'Each tᵢ = tanh xᵢ depends on its own xᵢ only, so every entry off the diagonal is 0 and the diagonal holds the slopes 1 − tᵢ².',
    softmaxTitle: 'softmax: a full Jacobian',
    softmaxNote:
      'Every sᵢ depends on every xⱼ through the shared sum (δᵢⱼ is 1 when i = j, else 0). Rows sum to 0, as the sᵢ always add up to 1; the matrix is symmetric.',
    cell: (row: number, column: number, value: string) => `Row ${row}, column ${column}: ${value}`,
    entry: (row: number, column: number) => `Entry ${row}, ${column}`,
    nudge: 'Nudge ',
    nudgeBy: (by: number) => ` by ${by}: `,
    movesBy: (change: string) => ` moves by ${change}, a ratio of `,
    nudgeEnd: '.',
    deltasLabel: 'Output-layer delta',
    deltasBefore: 'The output layer’s ',
    deltasAfter: ', two ways',
    targetBefore: 'Target ',
    targetAfter: ': the right answer is',
    targetLabel: 'Target output',
    outputNumber: (n: number) => `output ${n}`,
    squared: 'Softmax + squared error',
    crossEntropy: 'Softmax + cross-entropy',
    output: 'output',
    cost: 'cost C',
    deltaSize: 'size of δ, √Σδᵢ²',
    whyTitle: 'Why cross-entropy’s δ is simpler.',
    whyText:
      ' Its ∂C/∂sᵢ = −yᵢ/sᵢ grows exactly as fast as the softmax Jacobian’s factor sⱼ shrinks, so the two cancel:',
    cancellation: 'Cross-entropy delta',
    plainError:
      'δ = s − y is the plain error, as large as the output is wrong. Squared error’s ∂C/∂s stays between −2 and 2, so its δ keeps the factors sᵢ(1 − sᵢ) and sᵢsⱼ, and those go to 0 when the softmax saturates, even when it is confidently wrong: try ',
    plainErrorEnd: '.',
  },
};

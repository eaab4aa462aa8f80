import { shownNumber } from '../../math/shownNumber';

/** What the diverged-ball message reports: the step, where it starts and where it would land. */
export interface Divergence {
  rate: string;
  jump: string;
  from: string;
  /** null: the step would land at infinity. */
  to: string | null;
  lo: number;
  hi: number;
}

const VALLEYS = ['left', 'middle', 'right'];

/** English strings of the descent area; zh/descent.ts must give every key the same shape. */
export const descentEn = {
  waitingTitle: '3 · The real network',
  waiting: 'Waiting for the network to load…',
  step: 'Step',
  run: 'Run',
  pause: 'Pause',
  reset: 'Reset',
  learningRate: 'Learning rate',
  /** A contour map some of whose values overflowed (ContourMap). */
  mapNotFinite: (unusable: number, total: number) =>
    `This map cannot be drawn: at ${unusable} of its ${total} points the cost is infinite or not a number, as when the weights are so large that the network overflows.`,
  curve: {
    title: '1 · One parameter: roll downhill',
    noteBefore: 'Look at the slope where you stand and step against it: ',
    noteAfter: '. Which valley you end in depends on where you start.',
    plot: 'The cost curve C(x) with the balls on it',
    xAxis: 'x · click to start ball 1 there',
    /** The curve's pick area, for keyboard and screen-reader users. */
    pickStart: 'Where ball 1 starts: arrow keys move it, Shift for bigger steps',
    several: 'Four balls, four starts',
    slope: 'slope',
    stepSize: 'step −η·slope',
    stepsTaken: 'steps taken',
    update: 'The update of x',
    ball: (n: number) => `Ball ${n}: x = `,
    diverged: 'diverged',
    atRest: (valley: number) => `at rest in the ${VALLEYS[valley]} valley`,
    overshotStatus: 'overshot the bottom',
    rolling: 'rolling',
    divergedMessage: (d: Divergence) =>
      `Diverged: at η = ${d.rate} the step −η·slope = ${d.jump} would throw the ball from x = ${d.from} to ${d.to === null ? 'infinity' : `x = ${d.to}`}, off the plot (it reaches from x = ${shownNumber(d.lo, 6)} to ${shownNumber(d.hi, 6)}): each swing was wider than the last. The ball is stopped; lower η and press Reset.`,
    settledMessage: (valley: number) =>
      `At rest at the bottom of the ${VALLEYS[valley]} valley: the slope is 0, so the step is 0. A different start may find a different valley.`,
    overshotMessage:
      'Overshot: the step jumped past the bottom and the slope changed sign. A smaller η would not.',
    rollingMessage: 'Rolling downhill: every step goes against the slope.',
  },
  regression: {
    title: '2 · Two parameters: full batch or mini-batches',
    fitLine: 'Fit a line ',
    toPoints: (n: number) => ` to ${n} points. The cost surface `,
    bowl: ' is a bowl; step along −∇',
    explain: (n: number) =>
      `. Gradient descent averages all ${n} points per step; SGD shuffles them each epoch and steps on one mini-batch at a time.`,
    map: 'The cost surface C(w, b) as contours, with both paths on it; click to start there',
    wAxis: 'w (slope) · click to start there',
    pickStart: (w: string, b: string) =>
      `Where both start, w = ${w}, b = ${b}: arrow keys move it, Shift for bigger steps`,
    bAxis: 'b (intercept)',
    gd: 'gradient descent',
    sgdArrow: 'SGD ⇢ its mini-batch’s −∇C',
    minimum: 'minimum',
    batchSize: 'Mini-batch size',
    sgdBatch: (n: number) => `SGD, batch ${n}`,
    costNow: 'C now',
    gradientUsed: '−∇C used',
    pointsRead: 'points read',
    epoch: (n: number) => ` (epoch ${n})`,
    stepsFrom: (n: number) => `${n} steps from`,
    diverged: (rate: string) =>
      `Diverged: at η = ${rate} the next step would overshoot the valley so far that the cost runs away. The paths stop here; lower η and press Reset.`,
    sgd: 'SGD',
    costs: 'The cost after each step, log scale',
    stepAxis: 'step',
    logCost: 'C (log)',
    noStepsYet: 'No steps yet',
    fit: 'The data points and the fitted lines',
    data: 'data: y ≈ ',
  },
  surface: {
    title: '3 · The real network: its cost over two weights',
    /** The sentence around the word "cost", which is coloured. */
    note: (sample: number, span: number): [string, string] => [
      'The ',
      ` of the current network on the first ${sample} test digits as two of its weights move ±${span} around their values, every other parameter held still: a 2-D slice through a surface in 13,002 dimensions.`,
    ],
    cost: 'cost',
    map: 'The network’s cost over two of its weights, as contours',
    xAxis: 'weight along x',
    yAxis: 'weight along y',
    now: 'the weights now',
    downhill: 'direction of −∇C',
    lowestHere: 'lowest on this grid',
    computing: 'The worker is computing the surface…',
    sameWeight: 'The two weights must differ: pick another weight for one of the axes.',
    centre: 'C at the grid’s centre',
    networkCost: 'network’s cost (backprop)',
    lowest: 'lowest C on the grid',
    along: (axis: string) => ` along ${axis}`,
    explain:
      'The centre is the network as it is: its cost there is the one backprop reports, and the arrow is −∇C for these two weights alone.',
    updating: 'Updating for the new weights…',
    layer: 'Layer',
    to: (layer: string) => `To j (${layer})`,
    from: (layer: string) => `From k (${layer})`,
    weightAlong: (axis: string) => `weight along ${axis}`,
    layerNames: {
      input: 'pixels',
      output: 'output',
      hidden: (n: number) => `hidden ${n}`,
    },
  },
};

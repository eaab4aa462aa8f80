import type { Expected, GraphProblem } from '../../lab/graph/problems';
import { groupDigits, shownNumber } from '../../math/shownNumber';
import type { labEn } from '../en/lab';
import { echo } from '../echo';
import { spacedBefore } from './spaced';

const EXPECTED: Record<Expected, string> = {
  operator: '运算符（+、−、×）',
  operand: '数、名字或“(”',
  closing: '“)”',
};
const FUNCTION_LIST = 'sigmoid（或 σ）、tanh、指数、平方';
const where = (at: number) => `第 ${at + 1} 个字符处`;
const steps = (n: number) => `${groupDigits(n)} 步`;

function graphProblem(p: GraphProblem): string {
  switch (p.code) {
    case 'empty':
      return '请输入一个表达式，例如 x * y。';
    case 'tooLong':
      return `表达式太长：请少于 ${p.max} 个字符。`;
    case 'nameTooLong':
      return `${where(p.at)}的名字“${echo(p.name)}”太长：最多 ${p.max} 个字母。`;
    case 'notAllowed':
      return `${where(p.at)}的“${echo(p.character)}”不允许使用：请用数、名字、+ − ×、括号和 ${FUNCTION_LIST}。`;
    case 'endsEarly':
      return `表达式提前结束了：这里应当是${EXPECTED[p.expected]}。`;
    case 'unexpected':
      return `${where(p.at)}出现了意外的“${echo(p.text)}”：这里应当是${EXPECTED[p.expected]}。`;
    case 'unknownFunction':
      return `${where(p.at)}的函数“${echo(p.name)}”不认识：请用 ${FUNCTION_LIST}。`;
    case 'isFunction':
      return `${where(p.at)}的“${echo(p.name)}”是函数：请写成 ${p.name}(…)。`;
    case 'noInputs':
      return '至少要有一个带名字的输入（例如 x），这样才有可以修改的值。';
    case 'tooManyInputs':
      return `最多只能有 ${p.max} 个不同的输入。`;
    case 'tooManyNodes':
      return `这个图有 ${p.count} 个节点：请控制在 ${p.max} 个以内。`;
    case 'tooDeep':
      return `这个图有 ${p.depth} 层深：请控制在 ${p.max} 层以内。`;
    case 'overflow':
      return '用这些值会有数溢出（指数函数增长极快）：请试试更小的输入。';
  }
}

const worked: (typeof labEn)['worked'] = {
  heading: '2-2-2 手算示例',
  intro:
    '经典的反向传播手算示例：两个输入、两个隐含层神经元和两个输出层神经元，全部用 sigmoid，一个训练样本，学习率 0.5。下面的每一个数都来自训练 MNIST 网络的同一个引擎。',
  clickAny: '点击任意一个数，看它是怎么算出来的。',
  typo: (printed: string) =>
    `一个广为流传的版本把 o₁ 的输出印成 ${printed}，这是笔误。σ(o₁ 的净输入) 等于 `,
  typoEnd: '。',
  networkLabel: '网络',
  biases: '偏置',
  biasesFixed: '经典做法：偏置不变',
  biasesUpdate: '偏置也更新',
  biasesUpdated: '偏置也更新',
  keepsFixed: '经典手算中 b₁ 和 b₂ 保持不变。',
  diagram: '2-2-2 网络，权重 w1 到 w8',
  weight: (n: number, value: number) => `权重 w${n} = ${shownNumber(value, 6)}`,
  bias: (n: number) => `偏置 b${n}`,
  neuron: (name: string) => `神经元 ${name}`,
  runMore: '多跑几步',
  stepsToRun: '要跑的步数',
  steps,
  restarts: '每次都从示例的初始权重重新开始，η = 0.5。',
  totalSub: '总',
  symbolWords: { total: '总', out: '输出', target: '目标', net: '净输入' },
  after: (n: number) => `（${steps(n)}后）`,
  outputs: (o1: string, o2: string) => `o₁ 的输出 = ${o1}，o₂ 的输出 = ${o2}`,
  targets: '（目标 0.01、0.99）',
  classic: (quoted: string) =>
    `经典手算给出 10,000 步后的误差是 ${quoted}（偏置不变）。那其实是第 10,000 步开始时、即 9,999 次更新后的误差：这里是 `,
  classicHere: '。第 10,000 次更新之后是 ',
  classicEnd: '。',
  curve: (n: number) => `${n} 步内的误差，对数刻度`,
  stepsAxis: '步数',
  derivation: '这个数是怎么算出来的',
  computedFrom: '由这些数算出',
  usedToCompute: '用来计算',
  howComputed: '这个数是怎么算出来的？',
  goTo: '跳到这个数',
  why: {
    input: '示例的输入。',
    target: '这个输出应当等于的值。',
    startWeight: '示例给定的初始权重。',
    hiddenBias: '隐含层的偏置，由 h₁ 和 h₂ 共用。',
    outputBias: '输出层的偏置，由 o₁ 和 o₂ 共用。',
    eta: '学习率：一步走多远。',
    net: '神经元先把加权的输入和偏置加起来（偏置相当于常数输入 1 上的权重）。',
    out: '再用逻辑函数 σ 把这个和压缩到 0 和 1 之间。',
    outputError: '一个输出的平方误差；前面的 ½ 是为了求导时正好约掉。',
    totalError: '整个网络在这个样本上的误差：所有输出的误差之和。',
    outputErrorSlope:
      '只有这个输出的 E_o 依赖它的输出值；½(目标 − 输出)² 的导数是 −(目标 − 输出)。',
    hiddenPath:
      '只有这个输出的误差依赖它的净输入，所以 ∂E_o 对净输入的偏导数就是它的 δ；这个输出的净输入随隐含层神经元的输出变化的速率，就是两者之间的权重。',
    hiddenSum: '这个隐含层神经元同时连到两个输出，所以它对总误差的影响是两条路径之和。',
    sigmoidSlope: 'sigmoid 的斜率，用它自己的输出来写：σ′(x) = σ(x)(1 − σ(x))。',
    delta: 'δ 是误差信号：误差随这个神经元的净输入变化有多快；进入这个神经元的每个权重都要用到它。',
    netByWeight: '净输入是一个和，这个权重只乘这一个输入，所以斜率就是这个输入。',
    chain: '链式法则：微调权重会改变净输入，净输入改变输出，输出再改变误差。',
    shorthand: '同一条链，用 δ 代表前两个因子；净输入对 w 的偏导数就是这条边上的输入。',
    newWeight: '梯度下降的一步：让权重逆着梯度移动，步长按学习率 η 缩放。',
    biasGradient: '偏置相当于常数输入 1 上的权重，所以它的梯度就是这个神经元的 δ。',
    newBias: '与权重相同的梯度下降一步。',
  },
  titles: {
    given: '已知',
    forward: '前向传播',
    error: '总误差',
    outputLayer: '反向传播：输出层',
    hiddenLayer: '反向传播：隐含层',
    biasesFixed: '偏置',
    biasesUpdated: '偏置（也更新）',
  },
  notes: {
    forwardOrder: '先算隐含层，再算输出层；输出层以 h₁、h₂ 的输出作为输入。',
    hiddenTwoPaths:
      'h₁ 的输出经过 o₁ 和 o₂ 两条路影响误差，所以 ∂E 对它的偏导数要把两份贡献加起来。',
    hiddenOriginalWeights:
      '这里用的是原来的 w₅ … w₈，不是更新后的：所有权重在整个反向传播结束后一起更新。',
    biasesFixed:
      '经典手算不更新偏置：每一步之后 b₁ 都是 0.35，b₂ 都是 0.60。选择“偏置也更新”，让引擎像训练 MNIST 时那样更新它们。',
    biasesSplit:
      '引擎给每个神经元各自的偏置，所以一旦更新，b₁ 就分成 b(h₁)、b(h₂)，b₂ 分成 b(o₁)、b(o₂)。',
  },
};

export const labZh: typeof labEn = {
  tabs: {
    label: '实验室',
    chain: '每层一个神经元',
    worked: '2-2-2 手算示例',
    graph: '计算图',
    jacobian: 'softmax 与 tanh',
  },
  chain: {
    sectionLabel: '这条链',
    heading: '每层一个神经元：x → a⁽¹⁾ → a⁽²⁾ → a⁽³⁾ = aᴸ',
    caption:
      'z⁽ˡ⁾ = w⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾，a⁽ˡ⁾ = σ(z⁽ˡ⁾)，C₀ = (a⁽³⁾ − y)²。拖动实心标记（或聚焦后用方向键）；空心标记会跟着动。拖动 a⁽¹⁾ 或 a⁽²⁾ 会重新求出该神经元的偏置。',
    treeLabel: '最后两层画成一棵树，每个量都在自己的数轴上',
    markerLabel: (symbol: string) => `${symbol}：拖动，或用方向键调整`,
    derivativeHeading: '链式法则',
    studyLabel: 'C₀ 的偏导数，对',
    chainRuleTex: '链式法则',
    furtherTex: '再往前一层',
    engine: '引擎中的反向传播：',
    slope: '斜率',
    factorPlot: (of: string, by: string) => `${of} 随 ${by} 变化的曲线，以及该点的斜率`,
    yourNudge: '你的微调：',
    ratio: '比值',
    dragBefore: '拖动 ',
    dragAfter: ' 的标记（或聚焦后按方向键），看两个微调之比。',
    nudgesLabel: '微调之比',
    nudgesHeading: '把微调缩小',
    minusChainRule: '减去链式法则的值',
    chainRuleRow: '链式法则',
    nudgesBefore: '每一行都把 ',
    nudgesMiddle: ' 移动 Δ',
    nudgesAfter:
      ' 后重新计算这条链。比值会稳定在链式法则给出的值上：微调足够小之后，微调缩小十倍，误差也缩小十倍。',
    descentLabel: '梯度下降',
    descentHeading: '在这条链上做梯度下降',
    learningRate: '学习率 η',
    step: '走一步',
    stop: '停止',
    run: (n: number) => `连走 ${n} 步`,
    reset: '重置',
    stepCount: '步数',
    costIs: '，C₀ = ',
    costPlot: '每一步梯度下降后的 C₀',
    stepsAxis: (n: number | null) => (n === null ? '步数' : `${n} 步`),
    params: (w: string, b: string, x: string) =>
      `每一步把六个参数都移动 −η ∂C₀/∂p：w = (${w})，b = (${b})，输入 x = ${x}。`,
  },
  worked,
  graph: {
    sectionLabel: '计算图',
    presetsLabel: '示例图',
    presets: {
      shopping: '购物：苹果 × 税',
      neuron: '一个神经元：σ(w·x + b)',
      'squared-error': '平方误差：(tanh x − y)²',
    },
    shoppingNames: { apple: '苹果', count: '个数', tax: '税率' },
    expressionHint: '表达式（+ − ×、sigmoid 或 σ、tanh、指数、平方）',
    functions: { exp: '指数', square: '平方' },
    draw: '画出计算图',
    problem: graphProblem,
    refused: (name: string, value: number, problem: string) =>
      `${echo(name)} = ${shownNumber(value, 6)} 不能接受。${problem}`,
    inputGrad: (name: string, grad: string) => `∂输出/∂${name} = ${grad}`,
    output: '输出',
    inBoxes: '。方框中：前向传播的值。',
    red: '红色',
    redMeaning: '：梯度 d输出/d(该值)，沿着边从右往左传回。',
    diagram: '计算图，输入在左，输出在右',
    outputTag: '输出',
    constant: '常数',
    grad: (g: string) => `梯度 ${g}`,
    inputGradLabel: (name: string, g: string) => `d${name} = ${g}`,
    constantNode: (value: string) => `常数 ${value}`,
    opNode: (op: string, value: string) => `${op} 节点（${value}）`,
    stepper: '反向传播，一步一步',
    forwardOnly: '只做前向传播',
    back: '◀ 后退',
    next: '下一步 ▶',
    all: '全部步骤',
    counter: (done: number, total: number) => `反向传播第 ${done} 步，共 ${total} 步`,
    ruleLabel: '这一步的局部规则',
    introBefore:
      '前向传播已经完成：每个节点都显示了它的值。从输出开始往回走，输出处 d输出 = 1。× 节点传回 d输出 乘以',
    introOther: '另一个',
    introAfter: '因子，+ 节点把 d输出 原样传回，函数节点把它乘以自己的斜率。',
    storyName: (name: string) => `${name}：`,
    isOutput: '它是输出，所以它的梯度是 d输出 = 1。',
    usedTimes: (count: number, sum: string) =>
      `它被用了 ${count} 次，所以传回来的梯度要相加：${sum}。`,
    receives: (grad: string) => `它收到的梯度是 ${grad}。`,
    operandIs: (letter: string, node: string) => `${letter} 是${spacedBefore(node)}`,
    operands: (parts: readonly string[]) => `这里 z 是本节点，${parts.join('，')}。`,
    sendTo: (grad: string, node: string) => `把 ${grad} 传给${spacedBefore(node)}`,
    sends: (parts: readonly string[]) => `它${parts.join('，')}。`,
    perUnit: (name: string) => `这就是 ${name} 每变化一个单位，输出变化多少。`,
  },
  jacobian: {
    layerLabel: '这一层',
    layerHeading: '一层，两种激活函数',
    presetsLabel: '预设',
    presets: {
      mixed: '混合输入',
      'saturated-wrong': '饱和且答错',
      'saturated-right': '饱和且答对',
    },
    input: '输入',
    slider: (input: string) => `${input} 滑块`,
    goldBefore: '金色边框标出目标输出（那里 ',
    goldAfter: ' = 1，其余为 0）。',
    tanhTitle: 'tanh：对角的雅可比矩阵',
    tanhNote:
      '每个 tᵢ = tanh xᵢ 只依赖它自己的 xᵢ，所以对角线以外的元素都是 0，对角线上是斜率 1 − tᵢ²。',
    softmaxTitle: 'softmax：稠密的雅可比矩阵',
    softmaxNote:
      '每个 sᵢ 都通过共同的分母依赖每个 xⱼ（i = j 时 δᵢⱼ 为 1，否则为 0）。每行之和为 0，因为 sᵢ 的总和恒为 1；这个矩阵是对称的。',
    cell: (row: number, column: number, value: string) => `第 ${row} 行第 ${column} 列：${value}`,
    entry: (row: number, column: number) => `第 ${row} 行第 ${column} 列的元素`,
    nudge: '把 ',
    nudgeBy: (by: number) => ` 微调 ${by}：`,
    movesBy: (change: string) => ` 变化 ${change}，比值为 `,
    nudgeEnd: '。',
    deltasLabel: '输出层的 δ',
    deltasBefore: '输出层的 ',
    deltasAfter: '，两种算法',
    targetBefore: '目标 ',
    targetAfter: '：正确答案是',
    targetLabel: '目标输出',
    outputNumber: (n: number) => `输出 ${n}`,
    squared: 'softmax + 平方误差',
    crossEntropy: 'softmax + 交叉熵',
    output: '输出',
    cost: '代价 C',
    deltaSize: 'δ 的大小，√Σδᵢ²',
    whyTitle: '为什么交叉熵的 δ 更简单。',
    whyText:
      '它的 ∂C/∂sᵢ = −yᵢ/sᵢ 增长的速度，恰好等于 softmax 雅可比矩阵中因子 sⱼ 缩小的速度，两者相互抵消：',
    cancellation: '交叉熵的 δ',
    plainError:
      'δ = s − y 就是单纯的误差，输出错多少它就有多大。平方误差的 ∂C/∂s 始终在 −2 和 2 之间，所以它的 δ 保留了因子 sᵢ(1 − sᵢ) 和 sᵢsⱼ，softmax 一饱和它们就趋于 0，即使它错得很自信：试试',
    plainErrorEnd: '。',
  },
};

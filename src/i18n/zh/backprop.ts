import { shownNumber } from '../../math/shownNumber';
import type { backpropEn } from '../en/backprop';
import { spaced } from './spaced';

export const backpropZh: typeof backpropEn = {
  timeline: {
    card: '反向传播，逐步演示',
    status: {
      idle: '正在加载网络…',
      tracing: '正在追踪这个样本…',
      'needs-label': '你写的是哪个数字？选出它的标签，才能追踪反向传播。',
      failed: '无法追踪这个样本。请换一个数字。',
    },
    count: (step, steps) => `第 ${step} 步，共 ${steps} 步`,
    back: '← 上一步',
    slider: '步骤',
    pause: '❚❚ 暂停',
    play: '▶ 播放',
    next: '下一步 →',
  },

  steps: {
    forwardTitle: (from, to) => `前向传播：${from} → ${to}`,
    forwardCaption: (hidden, f) =>
      `${hidden === null ? '输出层' : `隐含层 ${hidden} `}的每个神经元对上一层的激活值加权求和，加上偏置，再压缩：a = ${f}(W·a + b)。`,
    costTitle: (formula) => `代价函数 ${formula}`,
    costNamedTitle: (name) => `代价函数：${name}`,
    costCaption:
      '这个答案错得有多离谱？目标 y 对真实数字为 1，对其余数字为 0；每个输出各贡献一项。',
    wantsTitle: '每个输出神经元想要什么',
    wantsCaption: (formula) =>
      `${formula}：真实数字的神经元想要变大，其余的想要变小，幅度与偏离的程度成正比。`,
    outputDeltaTitle: '穿过激活函数：输出层的 δ = ∂C/∂z',
    outputDeltaSoftmax:
      'softmax 把各输出联系在一起：每个 δⱼ 通过雅可比矩阵 sⱼ(δᵢⱼ − sᵢ) 依赖于每一个输出。',
    outputDeltaSigmoid:
      'δⱼ = σ′(zⱼ)·∂C/∂aⱼ。饱和的神经元（a 接近 0 或 1）的 σ′ 很小，传回去的很少。',
    desiresTitle: (layer) => `把期望汇总到${layer}`,
    desiresCaption: '∂C/∂aₖ = Σⱼ wⱼₖ δⱼ：下一层的每个神经元都通过权重拉动神经元 k；这些拉力相加。',
    deltaTitle: (layer) => `${spaced(layer)}的 δ`,
    deltaCaption: (f) =>
      `δₖ = ${f}′(zₖ)·∂C/∂aₖ：反向传播就是把网络倒过来运行，每个神经元是一个增益为 ${f}′(z) 的放大器。`,
    gradientTitle: '梯度：∂C/∂w = aₖ·δⱼ，∂C/∂b = δⱼ',
    gradientCaption:
      '现在边显示 −∂C/∂w：蓝色的权重应当增大，红色的应当减小。连着明亮神经元的连接最重要。',
    updateTitle: '更新：w ← w − η·∂C/∂w',
    updateCaption: '每个权重和偏置都逆着自己的梯度走一小步，步长由学习率 η 缩放。',
    afterTitle: '再做一次前向传播：代价下降了',
    afterCaption: '同一个数字通过更新后的网络。边显示新的权重。',
  },

  legend: {
    edgesShow: '边显示 −∂C/∂w：',
    blue: '■ 蓝',
    red: '■ 红',
    grow: '应增大 · ',
    shrink: '应减小',
    positive: '为正 · ',
    negative: '为负的权重',
    strength: (shown) => ` · 越粗越浓，|${shown}|\u00a0越大`,
    neurons: '神经元：',
    violet: '● 紫',
    rises: '：它升高则代价下降 · ',
    orange: '● 橙',
    purple: '● 紫红',
    green: '● 绿',
    drops: '：它降低则代价下降',
    forward: '神经元：黑 0 → 白 1，深灰：尚未计算',
    pick: '点击一个神经元，再指向它的一条边',
  },

  lesson: {
    card: '目标与学习率',
    heading: '目标 y',
    drawing: '这个手写数字是…',
    picks: '你写的数字',
    trueBefore: '这个测试数字的真实标签：',
    trueAfter: '。目标 y 对该输出为 1，对其余九个为 0。',
    rate: '更新步骤的学习率 η',
    outputs: '输出与代价',
    waiting: '等待追踪结果…',
    digit: '数字',
    wants: '想要',
    up: '想要变大',
    down: '想要变小',
    cost: '代价 C₀',
    after: (eta) => `走一步之后（η = ${shownNumber(eta, 6)}）：`,
    lower: (percent) => ` 降低了 ${percent}%`,
    left: (fraction) => ` 降到了原来的 ${fraction}`,
    // Follows belowSmallest's closing bracket: no space after it.
    underflow: '：降低到了双精度浮点数无法表示的程度',
    belowSmallest: (smallest) => `小于 ${smallest}（双精度浮点数能表示的最小正数）`,
    overshoots: ' 没有降低：这个 η 步子迈得太大了',
    updated: 'a′',
    columns: 'a：更新前的值。a′：更新后的值，即网络图上现在显示的值。',
  },

  chain: {
    card: '链式法则',
    heading: '链式法则',
    empty: '样本追踪完成后，链式法则会显示在这里。',
    earlier: (kind, lines) =>
      `这个${kind === 'neuron' ? '神经元' : '权重'}之前的步骤（${lines} 行）`,
    strongest: (gradientKnown) => `它最强的输入边（按 ${gradientKnown ? '|∂C/∂w|' : '|w·a|'}）：`,
    fromPixel: (n) => `来自像素 ${n}`,
    fromNeuron: (n) => `来自神经元 ${n}`,
    backToNeuron: '回到这个神经元',
    nudge: (kind, sizes) =>
      `把这个${kind === 'weight' ? '权重' : '偏置'}分别微调 ${sizes.slice(0, -1).join('、')} 和 ${sizes.at(-1)}，各重新运行一次`,
    nudgeHead: (symbol) => `微调量 Δ${symbol}`,
    chainHead: (symbol) => `链式法则 ∂C/∂${symbol}`,
    afterGradient: '在梯度步骤之后',
  },

  live: {
    card: '实时链式法则',
    heading: '链式法则（实时）',
    hint: '指向（或轻点）一个神经元，查看它的链式法则，代入这个数字的数值。',
    following: '这个数字在当前权重下的数值：训练进行时随之变化。',
    forward: '前向传播',
    backward: (label) => `反向传播，目标数字 ${label}`,
    needsLabel: '梯度需要标签：你写的是哪个数字？',
    picks: '你写的数字',
  },

  math: {
    pendingOutput: '尚未计算：请向前走到输出层。',
    pendingHidden: (layer) => `尚未计算：请向前走到隐含层 ${layer}。`,
    weightTitle: (to, from) => `从${spaced(from)}到${spaced(to)}的权重`,
    moreTerms: (n) => `其余 ${n} 项`,
    input: (pixel) => `像素 ${pixel} 的亮度，从 0（黑）到 1（白）。`,
    z: '上一层的每个激活值加权求和，再加上偏置。',
    zTerms: (shown) => `上一层的每个激活值加权求和，再加上偏置；写出了最大的 ${shown} 项 w·a。`,
    activation: {
      sigmoid: 'sigmoid 把 z 压缩成 0 到 1 之间的激活值。',
      tanh: 'tanh 把 z 压缩成 −1 到 1 之间的激活值。',
      relu: 'ReLU 保留正的 z，把负的 z 变成 0：它的激活值不限于 [0, 1]。',
    },
    softmax: 'softmax：所有输出共用一个分母，所以各输出之和为 1。',
    desires: (wants) => `下一层的每个神经元都通过权重拉动这个神经元；这些拉力相加。${wants}`,
    slope: {
      sigmoid: 'sigmoid 在 z = 0 处最陡；饱和的神经元（a 接近 0 或 1）传回去的很少。',
      relu: 'ReLU 在 z > 0 处把信号原样传回，在 z ≤ 0 处把它挡住。',
      tanh: 'tanh 在 z = 0 处最陡；饱和的神经元（a 接近 ±1）传回去的很少。',
    },
    deltaElementwise: '穿过激活函数的链式法则：它的斜率乘以激活值想要的变化。',
    deltaCrossEntropy: '交叉熵与相配的输出激活函数相互抵消：δ 就是 a − y。',
    deltaSoftmax: 'softmax 把各输出联系在一起：z_j 增大会使 a_j 增大，并使其余每个输出减小。',
    biasGradient: 'z 随偏置一比一地变化，所以偏置的梯度就是 δ 本身。',
    update: '梯度下降的一步：逆着梯度，步长由学习率 η 缩放。',
    was: '原为 ',
    after: '同一个样本通过更新后的网络。',
    afterLower: '走一步就降低了这个样本的代价。',
    afterNotLower: '这一步没有降低代价：学习率可能太大了。',
    wantsUp: '为负：增大这个激活值会降低代价，所以它想要变大。',
    wantsDown: '为正：增大这个激活值会提高代价，所以它想要变小。',
    wantsNone: '为零：轻推这个激活值不会改变代价。',
    wantsNaN: '不是一个数：输出已经饱和。',
    costTerm: (y, label) =>
      `这个输出在代价中的份额；它的目标 y 是 ${y}（只有真实数字 ${label} 为 1）。`,
    costSoftmax: '只有真实数字那一项不为零：代价是其概率的负对数。',
    costSum: '这个样本的代价是所有输出的项之和。',
    thisOutput: '这个输出',
    others: (n) => `其余 ${n} 个`,
    weight: '梯度下降要调整的参数之一。',
    contribution: (z, neuron) =>
      `它在神经元 ${neuron} 的 z = ${z} 中所占的份额：输入它的神经元越亮，这个权重就越重要。`,
    factorsKnown: '每个因子都已知；梯度步骤会把它们乘出来。',
    factorAwaited: (factor, neuron) =>
      `最后一个因子，即神经元 ${neuron} 的 ${factor}，要在反向传播中得到。`,
    weightGradient: '∂z/∂w 就是输入这条边的激活值：来自明亮神经元的连接最重要。',
  },

  batch: {
    card: '多个样本',
    heading: (digits, neuron) => `多个样本：${digits} 个数字各自想让${spaced(neuron)}怎样变化`,
    captionBefore: '每个数字都想对这个神经元的输入权重做自己的微调 −∂C/∂w（',
    blue: '蓝',
    up: '增，',
    red: '红',
    captionAfter:
      '减），并对偏置做微调 −∂C/∂b。取平均后，它们的愿望部分抵消：这个平均值就是随机梯度下降在这个小批量上迈出的一步。',
    tile: (index, label) => `#${index}：${label}`,
    average: '平均：随机梯度下降的一步',
    nudges: (caption) => `期望的权重微调，${caption}`,
  },

  gradient: {
    card: '梯度向量',
    heading: '这个小批量的梯度向量 −∇C：13,002 个数',
    captionBefore:
      '每个权重和偏置一个格子，每层一块（每个神经元一行：先是它的输入权重，然后是它的偏置）。',
    blue: '蓝',
    raise: '：平均愿望是增大它，',
    red: '红',
    captionAfter:
      '：减小它；亮度表示这个参数有多重要，每层各用自己的刻度。指向一个格子，可以在网络中找到它。',
    strip: '小批量平均代价的梯度，每个参数一个格子',
    pointAt: '指向一个格子。',
    bias: (neuron) => `${spaced(neuron)}的偏置`,
    fromPixel: (neuron, k) => `从像素 ${k} 输入${spaced(neuron)}的权重`,
    fromNeuron: (neuron, k) => `从神经元 ${k} 输入${spaced(neuron)}的权重`,
    pointed: (text, symbol, value) => `${text}：−∂C/∂${symbol} = ${value}`,
  },
};

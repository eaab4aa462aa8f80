import type { appEn } from '../en/app';

const groupDigits = (n: number) => n.toLocaleString('en-US');

/** A name followed by characters: one that ends in a digit or a letter gets a space ("隐含层 2 的"). */
const spaced = (name: string) => (/[0-9A-Za-z\u0370-\u03ff]$/.test(name) ? `${name} ` : name);

export const appZh: typeof appEn = {
  language: '语言',
  documentTitle: 'DeltaScope — 看神经网络如何学习',
  tagline: '看一个 784-16-16-10 的网络如何读手写数字，又如何学习。',
  stop: '。',
  comma: '，',
  dot: ' · ',

  nav: {
    label: '视图',
    view: '视图',
    explore: '手写与探索',
    backprop: '反向传播，逐步演示',
    descent: '梯度下降',
    lab: '链式法则实验室',
  },

  names: {
    activation: { sigmoid: 'sigmoid', relu: 'ReLU', tanh: 'tanh', softmax: 'softmax' },
    cost: { squared: '平方误差', 'half-squared': '半平方误差', 'cross-entropy': '交叉熵' },
    init: { normal: '正态分布', xavier: 'Xavier', he: 'He' },
    input: '输入层',
    output: '输出层',
    hidden: (layer) => `隐含层 ${layer}`,
    inputPixel: (n) => `输入像素 ${n}`,
    outputNeuron: (digit) => `输出神经元“${digit}”`,
    outputNeuronFor: (digit) => `数字 ${digit} 的输出神经元`,
    hiddenNeuron: (layer, n) => `隐含层 ${layer} 的神经元 ${n}`,
    layerNeuron: (layer, n) => `${spaced(layer)}的神经元 ${n}`,
  },

  input: {
    heading: '输入',
    source: '输入来源',
    draw: '手写',
    mnist: 'MNIST',
    pad: '画板：写一个 0 到 9 的数字',
    padHint: '在这里写一个数字',
    undo: '撤销',
    clear: '清除',
    sees: '网络看到的 28×28 图像',
    seesCaption: '网络看到的图像（28×28）',
    hideSteps: '收起步骤',
    how: '怎么得到的？',
    crop: '裁剪到笔迹所在的区域',
    cropSize: (w, h) => `（画板上 ${w}×${h} 像素）`,
    scale: '把较长的一边缩放到 20 像素',
    scaleCapped: '（很小的图缩放得少一些，一个点仍是一个点）',
    redraw: '，再按 MNIST 的笔宽重画笔画，抗锯齿成灰度：',
    scaled: '裁剪并缩放后的手写图',
    place: '放进 28×28 的画框，使其质心位于中心',
    shift: (x, y) => `（平移 ${x}, ${y} 像素）`,
    linked:
      '这个数字随链接而来，是它的 28×28 像素，已经按 MNIST 的方式裁剪、缩放并居中。链接中没有画出它的笔画，所以网络拿到的就是这些像素本身。',
  },

  mnist: {
    digitLabel: (index, label) => `MNIST 测试数字 ${index}，是 ${label}`,
    loading: '加载中',
    testDigit: 'MNIST 测试数字',
    label: '标签',
    loadingSet: '正在加载 MNIST 测试集…',
    previous: '上一个数字',
    random: '随机数字',
    next: '下一个数字',
    nextWrong: '下一个它认错的数字',
    answeredBefore: '测量准确率时，网络的回答是 ',
    answeredAfter: (label) => `，而这个数字是 ${label}。`,
    picks: '显示带此标签的测试数字',
    pick: (digit) => `下一个标签为 ${digit} 的测试数字`,
  },

  correct: {
    ask: '答错了？这个手写数字是…',
    picks: '你写的数字',
    pauseFirst: '先暂停训练才能教它',
    teach: (steps) => `教它：${steps} 步梯度下降`,
    outcome: (label, before) => `输出“${label}”：${before} → `,
    outcomeSteps: (steps) => `，共 ${steps} 步，每步用这个手写数字和 9 个训练数字。`,
    barely:
      '几乎没变：网络确信是另一个答案，而饱和的 sigmoid 输出几乎不把梯度传回去（可在链式法则实验室里对比交叉熵）。',
  },

  network: {
    card: '网络',
    heading: (sizes) => `网络 ${sizes}`,
    edges: '边的颜色表示',
    weights: '权重 w',
    signal: '信号 w·a',
    blue: '■ 蓝',
    red: '■ 红',
    positive: ' 为正 · ',
    // No-break spaces keep the scale 黑 0 → 白 1 on one line.
    legendRest: ' 为负 · 边越亮越强 · 神经元：黑\u00a00\u00a0→\u00a0白\u00a01',
    view: '网络，逐层显示',
    neurons: '神经元：指向一个，或用键盘聚焦后按回车选中',
  },

  neuron: {
    card: '神经元详情',
    heading: '神经元',
    hint: '指向（或轻点）一个神经元，查看它的 z、a 和偏置，以及输入它的是什么。',
    image: '它的 784 个输入权重，排成 28×28 的图像',
    weightsBefore: '它的 784 个输入权重：',
    blue: '蓝色',
    raises: '笔迹使 z 增大，',
    red: '红色',
    lowers: '笔迹使 z 减小。',
    largest: (layer) => `来自隐含层 ${layer} 的最大贡献 w·a：`,
    from: (n) => `神经元 ${n}：`,
  },

  outputs: {
    card: '输出层',
    heading: '输出层',
    says: '网络的回答是',
    bars: '十个输出神经元的激活值',
    confidence: (a) => `激活值 ${a}`,
  },

  model: {
    card: '模型',
    heading: '模型',
    network: '网络',
    custom: '自定义权重',
    shipped: {
      '3b1b': {
        name: '3B1B 的网络',
        description:
          '隐含层用 sigmoid，输出层用 sigmoid，代价函数为平方误差，Xavier 初始化；以 32 个样本为一个小批量训练 30 轮，学习率 3，按余弦衰减到 0；每轮使用新混合的数据：75% 原始数字，25% 经随机平移、旋转、缩放和重新描墨的数字。',
      },
      best: {
        name: '最佳 784-16-16-10',
        description:
          '隐含层用 ReLU，输出层用 softmax，代价函数为交叉熵，He 初始化；以 32 个样本为一个小批量训练 30 轮，学习率 0.1，按余弦衰减到 0；每轮使用新混合的数据：50% 原始数字，50% 经随机平移、旋转、缩放和重新描墨的数字。',
      },
    },
    spec: (sizes, hidden, output, cost) =>
      `${sizes} · 隐含层 ${hidden} · 输出层 ${output} · 代价函数 ${cost}`,
    accuracy: '测试准确率',
    onTestSet: '（在官方 MNIST 测试集的 10,000 个数字上）',
    stale: '，是恢复训练前测得的：暂停后会重新测量',
    load: '加载文件…',
    save: '保存模型',
    random: '随机权重',
    randomSeeded: (seed) => `随机权重（种子 ${seed}）`,
  },

  weights: {
    card: '第一隐含层的每个神经元在找什么',
    heading: '隐含层 1：把输入权重画成图像',
    cell: (n) => `输入隐含神经元 ${n} 的权重`,
  },

  training: {
    heading: '训练',
    pause: '暂停',
    train: '训练',
    step: '一个小批量',
    epoch: '训练到本轮结束',
    rate: '学习率 η',
    rateSlider: '学习率 η（对数刻度）',
    batch: '小批量大小',
    epochs: '每次运行的轮数',
    loadingTrain: '正在加载 60,000 个训练数字…',
    notYet: '本次会话中尚未训练。',
    statEpoch: (n) => `第 ${n} 轮`,
    statPosition: (position, size) => `${position} / ${size} 个样本`,
    statSpeed: (perSecond) => `每秒 ${perSecond} 个样本`,
    statLeft: (seconds) => `本轮还剩 ${seconds} 秒`,
    statCost: (cost) => `代价 ${cost}`,
    statTrain: (percent) => `训练集 ${percent}`,
    statValidation: (percent) => `验证集 ${percent}`,
    cost: '训练代价',
    costNote: '（各小批量的平均值）',
    log: '对数刻度',
    accuracy: '验证准确率',
    accuracyNote: '（留出的 5,000 个数字，每 10,000 个样本测一次）',
    chart: (name) => `${name}随已见样本数的变化`,
    examplesSeen: '已见样本数',
  },

  architecture: {
    legend: '新网络',
    hiddenLayers: '隐含层数',
    width: (layer) => `第 ${layer} 层神经元数`,
    hidden: '隐含层激活函数',
    outputCost: '输出层与代价函数',
    outputs: {
      'sigmoid-squared': 'sigmoid，平方误差（3B1B）',
      'softmax-cross-entropy': 'softmax，交叉熵',
      'sigmoid-cross-entropy': 'sigmoid，交叉熵',
      'softmax-squared': 'softmax，平方误差',
    },
    init: '初始权重',
    seed: '随机种子',
    build: (sizes) => `构建 ${sizes}`,
  },

  numberError: (label, integer, min, max) =>
    `${spaced(label)}必须是 ${min} 到 ${max} 之间的${integer ? '整数' : '数'}。`,

  confusion: {
    card: '测试集上的错误',
    heading: '它在测试集上错在哪里',
    scoring: (count) => `正在给 ${count} 个测试数字打分…`,
    loading: '正在加载 MNIST 的 10,000 个测试数字…',
    stale: '这是恢复训练前的统计：暂停后会重新给测试集打分。',
    table: '混淆矩阵：行是真实数字，列是网络的猜测',
    guessed: '猜测',
    recall: '召回率',
    true: '真实',
    digits: (n) => `${groupDigits(n)} 个数字`,
    readAs: (t, g, digits) => `${t} 被读成 ${g}：${digits}`,
    share: (t, percent) => `，占所有 ${t} 的 ${percent}`,
    diagonal: '对角线上：',
    of: ' / ',
    correct: ' 个读对了 = ',
    accuracy:
      '，即测试准确率。绿色：读对；红色：读错，占该行的比例越大越亮。点击一个格子查看其中的数字。',
  },

  gallery: {
    worst: (shown, total) => `${groupDigits(total)} 个错误中最严重的 ${shown} 个`,
    back: '← 最严重的错误',
    leastConfident: '最不自信的排在前面：这些差点就读错了。',
    mostConfident: '最自信的排在前面：每个下面是真实标签 → 猜测（该输出的激活值）。',
    click: '点击一个数字，把它送进上方的网络。',
    emptyCell: '没有测试数字落在这个格子里。',
    emptyAll: '网络把每个测试数字都读对了。',
    more: (n) => `还有 ${groupDigits(n)} 个未显示。`,
    thumb: (index, label, guess, output) =>
      `测试数字 ${index}：${label} 被读成 ${guess}（输出 ${output}）`,
  },

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
    grow: ' 应增大 · ',
    shrink: ' 应减小',
    positive: ' 为正 · ',
    negative: ' 为负的权重',
    neurons: '神经元：',
    violet: '● 紫',
    rises: ' 它升高则代价下降 · ',
    orange: '● 橙',
    drops: ' 它降低则代价下降',
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
    after: (eta) => `走一步之后（η = ${eta}）：`,
    lower: (percent) => ` 降低了 ${percent}%`,
    overshoots: ' 没有降低：这个 η 步子迈得太大了',
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
    nudge: (kind) => `把这个${kind === 'weight' ? '权重' : '偏置'}推动 0.01 并重新运行`,
    nudgeHead: (symbol) => `推动量 Δ${symbol}`,
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
    captionBefore: '每个数字都想对这个神经元的输入权重做自己的推动 −∂C/∂w（',
    blue: '蓝',
    up: ' 增，',
    red: '红',
    captionAfter:
      ' 减），并对偏置做推动 −∂C/∂b。取平均后，它们的愿望部分抵消：这个平均值就是随机梯度下降在这个小批量上迈出的一步。',
    tile: (index, label) => `#${index}：${label}`,
    average: '平均：随机梯度下降的一步',
    nudges: (caption) => `期望的权重推动，${caption}`,
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

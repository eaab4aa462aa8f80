import { groupDigits, shownNumber } from '../../math/shownNumber';
import type { appEn } from '../en/app';
import { backpropZh } from './backprop';
import { spaced } from './spaced';

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
    sequence: '循环神经网络',
    short: {
      explore: '探索',
      backprop: '反向传播',
      descent: '梯度下降',
      lab: '链式法则',
      sequence: '循环网络',
    },
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
    padKeys:
      '用键盘书写：方向键移动笔尖（按住上档键一次移动 4 格），空格键或回车键落笔、抬笔，删除键清空画板。',
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
    changed: (label, steps) =>
      `网络已改变：把你写的数字当作 ${label} 训练了 ${steps} 步；测试准确率 `,
    changedEnd: '。',
    undo: '撤销这次纠正',
    undone: (accuracy) => `已撤销：权重恢复原样；测试准确率 ${accuracy}。`,
  },

  network: {
    card: '网络',
    heading: (sizes) => `网络 ${sizes}`,
    edges: '边的颜色表示',
    weights: '权重 w',
    signal: '信号 w·a',
    blue: '■ 蓝',
    red: '■ 红',
    positive: '为正 · ',
    // No-break spaces keep the scale 黑 0 → 白 1 on one line.
    legendRest: (signal) =>
      `为负 · 边越粗越浓，${signal ? '|w·a|' : '|w|'}\u00a0越大 · 神经元：黑\u00a00\u00a0→\u00a0白\u00a01`,
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
    close: '× 训练',
    closeHint: '取消选中这个神经元，在网络旁重新显示训练（退出键）',
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
          '隐含层用 sigmoid，输出层用 sigmoid，代价函数为平方误差，Xavier 初始化；以 32 个样本为一个小批量训练 30 轮，学习率 3，按余弦衰减到 0；每轮使用新混合的数据：80% 原始数字，10% 经随机平移、旋转、缩放和重新描墨的数字，10% 模拟在画板上手绘的数字。',
      },
      best: {
        name: '最佳 784-16-16-10',
        description:
          '隐含层用 ReLU，输出层用 softmax，代价函数为交叉熵，He 初始化；以 32 个样本为一个小批量训练 30 轮，学习率 0.1，按余弦衰减到 0；每轮使用新混合的数据：60% 原始数字，30% 经随机平移、旋转、缩放和重新描墨的数字，10% 模拟在画板上手绘的数字。',
      },
    },
    spec: (sizes, hidden, output, cost) =>
      `${sizes} · 隐含层 ${hidden} · 输出层 ${output} · 代价函数为${cost}`,
    accuracy: '测试准确率',
    // After the percentage and a space: no full-width bracket, which would follow a space.
    onTestSet: '是在官方 MNIST 测试集的 10,000 个数字上测得的',
    stale: '，而且是恢复训练前测的：暂停后会重新测量',
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
    randomStart: '从随机权重开始',
    randomStartHint: '给这个网络换上新的随机权重并开始训练：代价下降，准确率从约 10% 开始上升',
    counter: (epochs, examples) => `已训练 ${epochs} 轮 · ${examples} 个样本`,
    historyHeading: '训练历程',
    historySlider: '本次训练中保存的网络',
    historyPoint: (epochs, examples) => `训练 ${epochs} 轮后的网络（${examples} 个样本）`,
    historyScore: (cost) => `：测试代价 ${cost}，测试准确率 `,
    historyLatest: '（最新）',
    historyEmpty: '训练时会随时保存网络；暂停后可回到任一点。',
    historyEarlier: '从这里继续训练会丢弃之后的点。',
    historyPause: '暂停后可回到之前的点。',
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
    `${spaced(label)}必须是 ${shownNumber(min, 6)} 到 ${shownNumber(max, 6)} 之间的${integer ? '整数' : '数'}。`,

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
  ...backpropZh,
};

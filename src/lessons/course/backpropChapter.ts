import { paint, sym } from '../../math/symbols';
import type { Chapter } from '../lessonTypes';

/**
 * Chapter 3, backpropagation as intuition (3Blue1Brown ch. 3), told on one digit: test example
 * 119, a 2 the shipped network mistakes for an 8, so every wish on screen is large and clear.
 */
const DIGIT = 'page=backprop&ex=119';

/** Output neuron "2" (the label) and hidden neuron 9 of layer 2, lit at 0.999 by this digit. */
const OUT = 3;
const HIDDEN = 2;

export const BACKPROP_CHAPTER: Chapter = {
  id: 'backprop',
  title: { en: 'Backpropagation: the idea', zh: '反向传播：直观理解' },
  scenes: [
    {
      id: 'backprop-one-example',
      title: { en: 'One training example', zh: '一个训练样本' },
      narration: {
        en: 'Backpropagation learns from one example at a time: here, a handwritten 2. The forward pass carries its pixels into the first hidden layer.',
        zh: '反向传播一次只从一个样本中学习：这里是一个手写的 2。前向传播把它的像素送进第一个隐含层。',
      },
      query: `${DIGIT}&step=1`,
      focus: 'network-view',
      motion: 'forward',
      builds: [
        {
          query: 'step=2',
          motion: 'forward',
          narration: {
            en: 'The second hidden layer computes its activations from the first.',
            zh: '第二个隐含层由第一层的激活值算出自己的激活值。',
          },
        },
        {
          query: 'step=3',
          motion: 'forward',
          narration: {
            en: "Now the output layer is lit: the brightest output neuron is the network's answer. For this 2 it is the 8, so the network is wrong.",
            zh: '现在输出层亮了起来：最亮的输出神经元就是网络的答案。对这个 2，最亮的却是 8，网络认错了。',
          },
        },
      ],
    },
    {
      id: 'backprop-cost',
      title: { en: 'How wrong: the cost', zh: '错得有多远：代价' },
      narration: {
        en: 'The target y is 1 for the 2 and 0 for every other digit. The cost C₀ adds up the squared differences, and here the dim 2 and the bright 8 make almost all of it.',
        zh: '目标 y 对 2 是 1，对其他数字都是 0。代价 C₀ 把各输出与目标之差的平方加起来，这里几乎全部来自偏暗的 2 和过亮的 8。',
      },
      formula: `${sym.cost} = \\sum_j \\left(${sym.a('j', OUT)} - ${sym.y('j')}\\right)^2`,
      query: `${DIGIT}&step=4`,
      focus: 'lesson-cost',
    },
    {
      id: 'backprop-output-wants',
      title: { en: 'What each output wants', zh: '每个输出神经元想要什么' },
      narration: {
        en: 'Each output neuron wants a nudge proportional to how far it is from its target. The 2 wants to go up and the 8 wants to come down, both strongly. The others are already close to 0 and barely care.',
        zh: '每个输出神经元想要的调整，与它离目标的距离成正比。2 想要上升，8 想要下降，两者都很强烈。其余神经元本来就接近 0，几乎无所谓。',
      },
      formula: `-${sym.dCd(sym.a('j', OUT))} = 2\\left(${sym.y('j')} - ${sym.a('j', OUT)}\\right)`,
      query: `${DIGIT}&step=5`,
      focus: 'network-view',
      motion: 'backward',
    },
    {
      id: 'backprop-three-ways',
      title: { en: 'Three ways to raise the 2', zh: '让 2 变亮的三种办法' },
      narration: {
        en: "The 2's activation is σ of a weighted sum, so there are three ways to raise it. Increase its bias, increase the weights coming into it, or change the activations of the layer before.",
        zh: '2 的激活值是加权和经过 σ 的结果，所以有三种办法让它变大。增大它的偏置，增大连向它的权重，或者改变前一层的激活值。',
      },
      formula: `${sym.a(2, OUT)} = \\sigma\\Big(\\sum_k ${sym.w(2, 'k', OUT)} ${sym.a('k', HIDDEN)} + ${sym.b(2, OUT)}\\Big)`,
      query: `${DIGIT}&step=6&neuron=3-2`,
      focus: 'chain-rule-panel',
    },
    {
      id: 'backprop-fire-together',
      title: { en: 'Bright neurons, strong weights', zh: '越亮的神经元，权重越要紧' },
      narration: {
        en: "A weight's nudge is the activation feeding it times the pull δ on the neuron it feeds. Neuron 9 of hidden layer 2 is fully lit by this digit, so its weight into the 2 gets one of the largest nudges.",
        zh: '一个权重的调整量，等于输入它的激活值乘以它所连神经元受到的拉力 δ。隐含层 2 的神经元 9 被这个数字完全点亮，所以它连向 2 的权重得到的调整几乎最大。',
      },
      formula: `${sym.dCd(sym.w('j', 'k', OUT))} = ${sym.a('k', HIDDEN)}\\, ${sym.delta('j', OUT)}`,
      query: `${DIGIT}&step=11&edge=3-2-8`,
      focus: 'chain-rule-panel',
      builds: [
        {
          query: 'edge=3-2-6',
          narration: {
            en: 'Neuron 7 of hidden layer 2 is almost dark, so the same δ moves its weight into the 2 hardly at all. Neurons that fire together wire together.',
            zh: '隐含层 2 的神经元 7 几乎不亮，同样的 δ 对它连向 2 的权重几乎没有作用。一起激发的神经元，连接也一起加强。',
          },
        },
      ],
    },
    {
      id: 'backprop-previous-layer',
      title: { en: 'The third way: the layer before', zh: '第三种办法：改变前一层' },
      narration: {
        en: 'The 2 would also like the hidden neurons behind it to change: brighter where its weight is positive, dimmer where it is negative. We cannot set those activations directly, but we can write down what we wish for them.',
        zh: '2 还希望它后面的隐含层神经元改变：权重为正的变亮，权重为负的变暗。这些激活值不能直接设定，但我们可以记下对它们的期望。',
      },
      formula: `${sym.partial(sym.z(2, OUT), sym.a('k', HIDDEN))} = ${sym.w(2, 'k', OUT)}`,
      query: `${DIGIT}&step=7`,
      focus: 'network-view',
      motion: 'backward',
    },
    {
      id: 'backprop-desires-summed',
      title: { en: 'Every output has a say', zh: '每个输出都有发言权' },
      narration: {
        en: 'Every output neuron has its own wish for neuron 16 of hidden layer 2, and adding all ten gives its desired nudge. The 2 and the 8 dominate the sum, because they are the two far from their targets.',
        zh: '每个输出神经元对隐含层 2 的神经元 16 都有自己的期望，十个加起来就是它应得的调整。2 和 8 在这个和里占主导，因为只有它们离目标很远。',
      },
      formula: `${sym.dCd(sym.a('k', HIDDEN))} = \\sum_j ${sym.w('j', 'k', OUT)}\\, \\sigma'(${sym.z('j', OUT)})\\, ${sym.dCd(sym.a('j', OUT))}`,
      query: `${DIGIT}&step=7&neuron=2-15`,
      focus: 'chain-rule-panel',
    },
    {
      id: 'backprop-layer-by-layer',
      title: { en: 'Backward, layer by layer', zh: '一层一层往回传' },
      narration: {
        en: 'The summed wishes become a pull δ on each neuron of hidden layer 2. From here the same recipe repeats, one layer further back.',
        zh: '加总后的期望变成隐含层 2 每个神经元上的拉力 δ。接下来，同样的做法再往前重复一层。',
      },
      query: `${DIGIT}&step=8`,
      focus: 'network-view',
      motion: 'backward',
      builds: [
        {
          query: 'step=9',
          motion: 'backward',
          narration: {
            en: "Hidden layer 2's pulls, sent back through their weights, become wishes for hidden layer 1.",
            zh: '隐含层 2 的拉力沿着各自的权重传回，变成对隐含层 1 的期望。',
          },
        },
        {
          query: 'step=10',
          motion: 'backward',
          narration: {
            en: 'Hidden layer 1 gets its pulls too: every neuron now knows how hard the cost pulls on it. That is the backward pass.',
            zh: '隐含层 1 也得到了拉力：现在每个神经元都知道代价函数在多大程度上拉着它。这就是反向传播的后向过程。',
          },
        },
      ],
    },
    {
      id: 'backprop-gradient',
      title: { en: 'Every nudge at once', zh: '所有调整汇总' },
      narration: {
        en: 'Each weight’s nudge is the activation feeding it times the δ it feeds; each bias’s nudge is δ itself. The edges show −∂C/∂w: blue weights should grow, red ones shrink. All 13,002 nudges together are −∇C₀ for this one digit.',
        zh: '权重的调整是输入激活值乘以 δ，偏置的调整就是 δ。连线显示 −∂C/∂w：蓝色权重应增大，红色应减小。13,002 个调整合起来，就是这个数字的 −∇C₀。',
      },
      formula: `-\\nabla ${sym.cost} = -\\left(${sym.partial(sym.cost, sym.w(1, 1, 1))}, \\;\\dots,\\; ${sym.partial(sym.cost, sym.b(9, OUT))}\\right)`,
      query: `${DIGIT}&step=11`,
      focus: 'network-view',
    },
    {
      id: 'backprop-update',
      title: { en: 'One step downhill', zh: '向下走一步' },
      narration: {
        en: 'Gradient descent moves every weight and bias a small step against its gradient, scaled by the learning rate η. With η = 0.01, the weight from neuron 9 of hidden layer 2 into the 2 grows a little.',
        zh: '梯度下降让每个权重和偏置都沿梯度的反方向走一小步，步长由学习率 η 决定。取 η = 0.01 时，隐含层 2 的神经元 9 连向 2 的权重稍稍变大。',
      },
      formula: `${sym.updatedW('j', 'k', 'l')} = ${sym.w('j', 'k', 'l')} - ${sym.eta}\\, ${sym.dCd(sym.w('j', 'k', 'l'))}`,
      query: `${DIGIT}&step=12&eta=0.01&edge=3-2-8`,
      focus: 'chain-rule-panel',
    },
    {
      id: 'backprop-cost-falls',
      title: { en: 'The cost falls', zh: '代价下降了' },
      narration: {
        en: 'Run the same digit through the updated network: the 2 rises from 0.162 to 0.251 and the 8 falls from 0.648 to 0.571. The cost drops from 1.12 to 0.887.',
        zh: '把同一个数字再送进更新后的网络：2 从 0.162 升到 0.251，8 从 0.648 降到 0.571。代价从 1.12 降到 0.887。',
      },
      formula: `${sym.updatedCost} < ${sym.cost}`,
      query: `${DIGIT}&step=13&eta=0.01&neuron=3-2`,
      focus: 'chain-rule-panel',
      builds: [
        {
          query: 'eta=1',
          narration: {
            en: 'With η = 1 one step drives the cost of this digit down to about 2×10⁻⁵. But the step was tailored to a single 2, and could just as well spoil other digits.',
            zh: '取 η = 1 时，一步就把这个数字的代价压到约 2×10⁻⁵。但这一步只是为这一个 2 量身定做的，完全可能把别的数字弄坏。',
          },
        },
      ],
    },
    {
      id: 'backprop-mini-batch',
      title: { en: 'Average over a mini-batch', zh: '对小批量求平均' },
      narration: {
        en: 'Each digit of a mini-batch wants its own nudges for the 2’s incoming weights and bias: the first tile is our 2, the rest are the digits after it. Stochastic gradient descent averages them, Σ/n, and takes that step instead.',
        zh: '小批量中的每个数字，对 2 的输入权重和偏置都有自己想要的调整：第一格是我们的 2，其余是紧随其后的数字。随机梯度下降取它们的平均 Σ/n，按这个平均走一步。',
      },
      formula: `-\\nabla ${sym.C} \\approx -\\frac{1}{n} \\sum_{i=1}^{n} \\nabla ${paint('cost', 'C_i')}`,
      query: `${DIGIT}&step=13&neuron=3-2`,
      focus: 'batch-bias-average',
      builds: [
        {
          focus: 'gradient-strip',
          narration: {
            en: 'Averaged over the mini-batch, the wishes for all 13,002 weights and biases form this strip, one cell each. That average is the step stochastic gradient descent takes, then the next mini-batch gets its say.',
            zh: '对小批量求平均后，全部 13,002 个权重和偏置的期望组成这条带，每个参数一格。随机梯度下降就按这个平均走一步，然后轮到下一个小批量。',
          },
        },
      ],
    },
  ],
};

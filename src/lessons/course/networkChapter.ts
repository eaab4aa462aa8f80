import type { Chapter } from '../lessonTypes';

/**
 * A hand-drawn 3 (as a lesson link packs it), which the course's network reads as 3: the last
 * scene shows it on the pad so the class sees a drawing before drawing its own.
 */
const DRAWN_THREE =
  'AHkDRW12aUcDABMYkfb_______mREgAQPeP____________jNgAPlP__ym01IzZty___4wYADjXAgwAHj___dAAZ9_-sABgj__-gABc0yv__VAAUPYK4____rQAUn_______pQAVvf______0UIAFBtugLD9____RwAXD4z__9oAGYj__1MAGCb__3QAGFf__2QADisoAAdA7P__JAANN___nlEjFCRUo____4YADkH______________48AEEu-_________7lOABMfWH-Fe1sdAGA';

/**
 * Chapter 1, after 3Blue1Brown's first video: what the network is. Every figure quoted was read
 * off the course's network (3b1b) for MNIST test digit #0, a 7, unless the scene shows another.
 */
export const NETWORK_CHAPTER: Chapter = {
  id: 'network',
  title: { en: 'What is a neural network?', zh: '神经网络是什么？' },
  scenes: [
    {
      id: 'network-pixels',
      title: { en: 'A neuron holds a number', zh: '神经元装着一个数' },
      narration: {
        en: 'This 7 is a grid of 28 × 28 = 784 pixels. Each pixel’s grey level, from 0 for black to 1 for white, is the activation of one input neuron. So the first layer of the network is just 784 numbers.',
        zh: '这个7是一张28×28＝784个像素的图。每个像素的灰度，从黑色的0到白色的1，就是一个输入神经元的激活值。所以网络的第一层就是784个数。',
      },
      formula: '28 \\times 28 = 784',
      query: 'page=explore&ex=0&edges=weight',
      focus: 'input-digit',
    },
    {
      id: 'network-layers',
      title: { en: 'Layers', zh: '一层又一层' },
      narration: {
        en: 'The thin strip on the left is the 784 input neurons; then come two hidden layers of 16 neurons, and 10 outputs, one per digit. Sixteen is an arbitrary choice. Brightness is activation: black for 0, white for 1.',
        zh: '左边的细条代表784个输入神经元；接着是两个各有16个神经元的隐含层，最后是10个输出神经元，每个数字一个。16是随意选的。亮度就是激活值：黑是0，白是1。',
      },
      formula: '784 \\to 16 \\to 16 \\to 10',
      query: 'page=explore&ex=0&edges=weight',
      focus: 'network-view',
    },
    {
      id: 'network-forward',
      title: { en: 'Activations flow forward', zh: '激活值向前传递' },
      narration: {
        en: 'The activations of one layer determine the activations of the next, from the pixels all the way to the outputs. Watch the signal pass through the network for this 7. That cascade is all the network does.',
        zh: '每一层的激活值决定下一层的激活值，从像素一直传到输出。看这张7的信号如何穿过网络。网络做的事，就是这样一层层传递。',
      },
      query: 'page=explore&ex=0&edges=weight',
      focus: 'network-view',
      motion: 'forward',
    },
    {
      id: 'network-hope',
      title: { en: 'The hope: edges, then loops', zh: '期望：先是边缘，再是圈' },
      narration: {
        en: 'We hope hidden layer 1 finds little edges, layer 2 joins them into loops and strokes, the outputs join those into digits. A 9 would be a loop on top plus a line on the right. Does training find them?',
        zh: '我们希望第一个隐含层识别小段边缘，第二个隐含层把边缘组合成圈和笔画，输出层再组合成数字。这样，9就是上面一个圈加右边一竖。训练是否真的这样分工，稍后再看。',
      },
      query: 'page=explore&ex=0&edges=weight',
      focus: 'network-view',
    },
    {
      id: 'network-weights',
      title: { en: 'Weights', zh: '权重' },
      narration: {
        en: 'Every edge carries a weight, one number per connection. Blue edges are positive weights, red ones negative, and thicker edges have a larger |w|. Training the network means finding good values for all of them.',
        zh: '每条连线都带着一个权重，每个连接一个数。蓝色连线是正的权重，红色是负的，连线越粗，|w|越大。训练网络，就是为所有这些权重找到合适的值。',
      },
      query: 'page=explore&ex=0&edges=weight',
      focus: 'network-view',
    },
    {
      id: 'network-weighted-sum',
      title: { en: 'The weighted sum', zh: '加权和' },
      narration: {
        en: 'Neuron 6 of the second hidden layer multiplies each previous activation by its edge’s weight and adds the products. The card lists this 7’s largest w·a. Bright inputs with positive weights pull the sum up, negative ones down.',
        zh: '第二个隐含层的第6个神经元把前一层每个激活值乘以连线的权重，再把乘积相加。卡片列出这张7上最大的几项w·a。前一层神经元亮时，正权重把和往上拉，负权重往下拉。',
      },
      formula: 'w_1 a_1 + w_2 a_2 + \\cdots + w_{16} a_{16}',
      query: 'page=explore&ex=0&neuron=2-5&edges=contribution',
      focus: 'neuron-card',
    },
    {
      id: 'network-bias',
      title: { en: 'The bias', zh: '偏置' },
      narration: {
        en: 'Then a bias b is added: it sets how large the weighted sum must be before the neuron lights up. The b on the card is this neuron’s bias. Every hidden and output neuron has its own.',
        zh: '然后再加上一个偏置b：它决定加权和要多大，这个神经元才会亮起来。卡片上的b就是这个神经元的偏置。每个隐含层和输出层的神经元都有自己的偏置。',
      },
      formula: 'z = w_1 a_1 + w_2 a_2 + \\cdots + w_{16} a_{16} + b',
      query: 'page=explore&ex=0&neuron=2-5&edges=weight',
      focus: 'neuron-card',
    },
    {
      id: 'network-sigmoid',
      title: { en: 'Squashing with the sigmoid', zh: '用sigmoid压缩' },
      narration: {
        en: 'The sigmoid σ squashes any z between 0 and 1: very negative z gives almost 0, very positive almost 1. For this 7, z = 0.642 gives a = σ(0.642) = 0.655. That activation a is the brightness you see.',
        zh: 'sigmoid函数σ把任何z压到0和1之间：z很负时近于0，很大时近于1。对这张7，z＝0.642，a＝σ(0.642)＝0.655。激活值a就是你看到的亮度。',
      },
      formula: 'a = \\sigma(z) = \\frac{1}{1 + e^{-z}}',
      query: 'page=explore&ex=0&neuron=2-5&edges=weight',
      focus: 'neuron-card',
    },
    {
      id: 'network-hidden-neuron',
      title: { en: 'What a first-layer neuron sees', zh: '第一隐含层的神经元看到什么' },
      narration: {
        en: 'Neuron 4 of hidden layer 1 weighs all 784 pixels: blue where ink raises z, red where it lowers it. For this 7, z = 17.026, so a = 1.000. Blotchy, no clean edge: the network found its own pieces.',
        zh: '第一隐含层第4个神经元对784个像素加权：蓝处笔迹让z变大，红处变小。对这张7，z＝17.026，a＝1.000。图斑驳，不是干净的边缘：网络找到了自己的零件。',
      },
      formula: 'a = \\sigma\\left(w_1 a_1 + w_2 a_2 + \\cdots + w_{784} a_{784} + b\\right)',
      query: 'page=explore&ex=0&neuron=1-3&edges=weight',
      focus: 'neuron-card',
    },
    {
      id: 'network-answer',
      title: { en: 'The output layer gives the answer', zh: '输出层给出答案' },
      narration: {
        en: 'The ten output neurons hold the network’s votes, one for each digit. The brightest one is its answer: for this 7, output 7 has activation 0.999 and every other output is near 0.',
        zh: '10个输出神经元是网络对每个数字的投票。最亮的那个就是它的答案：对这张7，输出神经元7的激活值是0.999，其余的都接近0。',
      },
      query: 'page=explore&ex=0&edges=weight',
      focus: 'outputs',
      motion: 'forward',
    },
    {
      id: 'network-mistake',
      title: { en: 'Not always right', zh: '并不总是对的' },
      narration: {
        en: 'Test digit #9755 is an 8, and the network answers 5. Over all 10,000 test digits this network is right 95.19% of the time.',
        zh: '测试数字#9755是一个8，网络却回答5。在全部10,000个测试数字上，这个网络的正确率是95.19%。',
      },
      query: 'page=explore&ex=9755&edges=weight',
      focus: 'outputs',
    },
    {
      id: 'network-parameters',
      title: { en: '13,002 knobs', zh: '13,002个旋钮' },
      narration: {
        en: 'Count them: 784·16 + 16·16 + 16·10 = 12,960 weights, plus 16 + 16 + 10 = 42 biases. That makes 13,002 numbers, the knobs and dials of this network. Learning means turning all 13,002 of them at once.',
        zh: '数一数：784·16＋16·16＋16·10＝12,960个权重，16＋16＋10＝42个偏置，共13,002个数，就是网络的全部旋钮。学习，就是同时调节它们。',
      },
      formula: '784 \\cdot 16 + 16 \\cdot 16 + 16 \\cdot 10 + 16 + 16 + 10 = 13{,}002',
      query: 'page=explore&ex=0&edges=weight',
      focus: 'network-view',
    },
    {
      id: 'network-one-function',
      title: { en: 'One big function', zh: '一个大函数' },
      narration: {
        en: 'With matrices, a layer is one line: W has a weight row per neuron, b a bias per neuron, σ acts on every entry. Apply it three times: one function from 784 numbers to 10. Complicated, but only a function.',
        zh: '用矩阵写，一层只需一行：W每行是一个神经元的权重，b是各神经元的偏置，σ逐项作用。连做三次，网络就是从784个数到10个数的一个函数。很复杂，但终究只是函数。',
      },
      formula: 'a^{(1)} = \\sigma\\left(W^{(1)} a^{(0)} + b^{(1)}\\right)',
      query: 'page=explore&ex=0&edges=weight',
      focus: 'network-view',
      motion: 'forward',
    },
    {
      id: 'network-draw',
      title: { en: 'Your own digit', zh: '写一个你自己的数字' },
      narration: {
        en: 'Here is a hand-drawn 3, and the network reads it as a 3. Press Clear and draw your own digit: the network answers as you draw. Try to fool it with a sloppy 4 or a 7 with a bar.',
        zh: '这是一个手写的3，网络也认出了3。按“清除”，画一个你自己的数字：你一边画，网络一边作答。试试用潦草的4或者带横杠的7来难倒它。',
      },
      query: `page=explore&digit=${DRAWN_THREE}&edges=weight`,
      focus: 'draw-canvas',
    },
  ],
};

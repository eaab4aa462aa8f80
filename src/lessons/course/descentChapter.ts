import type { Chapter } from '../lessonTypes';

/** The descent page's one-parameter curve as the chapter opens it: one ball from x = 4.2. */
const CURVE = 'page=descent&curve-x=4.2&curve-balls=1';
/** The line fit from its wrong-way start (w, b) = (−2, 3), at the page's own η. */
const FIT = 'page=descent&fit-start=-2_3&fit-eta=0.1';

/**
 * Chapter 2, after 3Blue1Brown's second video: how the network learns. The descent page keeps
 * its balls and runs while it stays open, so scenes that change a setting there ask for Reset.
 * Every figure quoted was read off the page for that scene's link with the course's network.
 */
export const DESCENT_CHAPTER: Chapter = {
  id: 'descent',
  title: { en: 'Gradient descent: how networks learn', zh: '梯度下降：网络如何学习' },
  scenes: [
    {
      id: 'descent-cost-one',
      title: { en: 'The cost of one example', zh: '一个样本的代价' },
      narration: {
        en: 'To score one digit, compare each output a with its target y: 1 for the right digit, 0 for the rest. Square the ten differences and add them. For this 7, answered right and confidently, the cost is tiny: 3.674×10⁻⁶.',
        zh: '要衡量网络在一个数字上错得多厉害，把每个输出a和目标y比较：正确数字是1，其余是0。10个差平方后相加。这张7答得又对又有把握，代价很小：3.674×10⁻⁶。',
      },
      formula: 'C_0 = \\sum_{j=0}^{9} \\left(a_j^{(L)} - y_j\\right)^2',
      query: 'page=backprop&ex=0&step=4',
      focus: 'lesson-cost',
      builds: [
        {
          query: 'ex=9755',
          narration: {
            en: 'Test digit #9755 is an 8 that the network reads as a 5. Its outputs are far from their targets, and the cost jumps to 1.943.',
            zh: '测试数字#9755是一个8，网络却认成了5。输出离目标很远，代价一下子升到1.943。',
          },
        },
      ],
    },
    {
      id: 'descent-cost-average',
      title: { en: 'The cost over all examples', zh: '全部样本上的代价' },
      narration: {
        en: 'The cost of the network is the average of that cost over many examples; here, over the first 200 test digits, it is 0.037715. This single number depends on all 13,002 weights and biases. Learning means making it small.',
        zh: '网络的代价是许多样本上代价的平均值；这里对前200个测试数字求平均，得到0.037715。这一个数取决于全部13,002个权重和偏置。学习，就是让它变小。',
      },
      formula: 'C = \\frac{1}{n} \\sum_{k=1}^{n} C_k',
      query: 'page=descent',
      focus: 'descent-surface-cost',
    },
    {
      id: 'descent-landscape',
      title: { en: 'A landscape of cost', zh: '代价的地形' },
      narration: {
        en: 'A function of 13,002 inputs cannot be drawn, so picture a cost C(x) of one parameter x. Good weights are a low point of this curve. It has several valleys, and from the ball you cannot see which is lowest.',
        zh: '13,002个输入的函数画不出来，那就先想象一个只有一个参数x的代价C(x)。好的权重就是这条曲线上的低点。曲线上有好几个谷，从小球所在的位置看不出哪个谷最低。',
      },
      query: `${CURVE}&curve-eta=0.05`,
      focus: 'descent-curve',
    },
    {
      id: 'descent-slope',
      title: { en: 'Follow the slope downhill', zh: '顺着斜率下坡' },
      narration: {
        en: 'Step against the slope under the ball, downhill. The step is η times the slope, so steps shrink as the ground flattens. Press Run: with η = 0.05 the ball settles at the bottom of the right valley.',
        zh: '看小球所在处的斜率，逆着斜率走一步，就是下坡。步长是η乘以斜率，所以地面越平，步子越小。按“运行”：η＝0.05时，小球停在右边那个谷的谷底。',
      },
      formula: 'x \\leftarrow x - \\eta\\,\\frac{dC}{dx}',
      query: `${CURVE}&curve-eta=0.05`,
      focus: 'descent-curve',
    },
    {
      id: 'descent-rate-small',
      title: { en: 'Too small a learning rate', zh: '学习率太小' },
      narration: {
        en: 'The learning rate η sets the size of every step. With η = 0.005, press Reset and then Run: after 150 steps the ball is still on the slope. Too small a rate wastes time.',
        zh: '学习率η决定每一步迈多大。η＝0.005时，按“重置”再按“运行”：走了150步，小球还在坡上。学习率太小，就白白浪费时间。',
      },
      formula: 'x \\leftarrow x - \\eta\\,\\frac{dC}{dx}',
      query: `${CURVE}&curve-eta=0.005`,
      focus: 'descent-curve',
    },
    {
      id: 'descent-rate-large',
      title: { en: 'Too large a learning rate', zh: '学习率太大' },
      narration: {
        en: 'With η = 1, press Reset and then Run: each step jumps past the bottom of the valley and the slope changes sign. The ball bounces from wall to wall instead of settling.',
        zh: 'η＝1时，按“重置”再按“运行”：每一步都越过谷底，斜率随之变号。小球在两边谷壁之间来回弹跳，停不下来。',
      },
      formula: 'x \\leftarrow x - \\eta\\,\\frac{dC}{dx}',
      query: `${CURVE}&curve-eta=1`,
      focus: 'descent-curve',
      builds: [
        {
          query: 'curve-eta=10',
          narration: {
            en: 'With η = 10, Reset and Run once more: every swing is wider than the last, and within a few steps the ball flies off the plot. A learning rate that is too large makes descent diverge.',
            zh: 'η＝10时，再按“重置”和“运行”：每次摆动都比上一次更大，几步之内小球就飞出了图外。学习率太大，梯度下降就会发散。',
          },
        },
      ],
    },
    {
      id: 'descent-local-minima',
      title: { en: 'Several starts, several valleys', zh: '不同起点，不同的谷' },
      narration: {
        en: 'Four balls start in four places and follow the same rule: press Reset and then Run. They settle in different valleys: right, middle and left. Where you start decides the minimum; no ball knows if it found the lowest.',
        zh: '四个小球从四处出发，遵循同一条规则：按“重置”再按“运行”。它们停在右、中、左不同的谷里。到达哪个极小值取决于起点，没有一个小球知道自己找到的是不是最低的。',
      },
      query: 'page=descent&curve-x=4.2&curve-balls=4&curve-eta=0.05',
      focus: 'descent-curve',
    },
    {
      id: 'descent-fit-line',
      title: { en: 'Two parameters: fitting a line', zh: '两个参数：拟合一条直线' },
      narration: {
        en: 'Two parameters now: fit a line y ≈ w·x + b to 200 points. Its cost C(w, b) is the mean squared vertical distance to the points. Start: w = −2, b = 3, sloping the wrong way, cost 17.06.',
        zh: '现在有两个参数：用直线y≈w·x＋b拟合200个点。代价C(w,b)是各点到直线竖直距离平方的平均值。直线从w＝−2、b＝3出发，方向反了，代价是17.06。',
      },
      formula: 'C(w, b) = \\frac{1}{200} \\sum_{i=1}^{200} \\left(w x_i + b - y_i\\right)^2',
      query: `${FIT}&fit-batch=200`,
      focus: 'descent2d-fit',
    },
    {
      id: 'descent-surface',
      title: { en: 'The cost surface', zh: '代价曲面' },
      narration: {
        en: 'Each point of this map is one (w, b), one line, shaded by its cost. For a line fit it is a bowl with one lowest point, marked ✕. We start at the dot, w = −2, b = 3.',
        zh: '图上每个点都是一组(w,b)，即一条直线，颜色深浅表示代价。直线拟合的代价曲面是一个碗，只有一个最低点，用✕标出。出发点是w＝−2、b＝3处的圆点。',
      },
      query: `${FIT}&fit-batch=200`,
      focus: 'descent2d-map',
    },
    {
      id: 'descent-gradient',
      title: { en: 'The gradient points uphill', zh: '梯度指向上坡' },
      narration: {
        en: 'The gradient ∇C points where the cost rises fastest, so −∇C points downhill fastest. Gradient descent steps along −∇C, scaled by η, again and again. Press Step a few times, then Run, and watch the dot slide to the ✕.',
        zh: '梯度∇C指向代价上升最快的方向，所以箭头−∇C指向下降最快的方向。梯度下降就是沿−∇C按η的比例一步步走。按几次“走一步”，再按“运行”，看圆点滑向✕。',
      },
      formula:
        '(w, b) \\leftarrow (w, b) - \\eta\\,\\nabla C, \\quad \\nabla C = \\left(\\frac{\\partial C}{\\partial w}, \\frac{\\partial C}{\\partial b}\\right)',
      query: `${FIT}&fit-batch=200`,
      focus: 'descent2d-map',
    },
    {
      id: 'descent-sgd',
      title: { en: 'Stochastic gradient descent', zh: '随机梯度下降' },
      narration: {
        en: 'Stochastic gradient descent steps on mini-batches of 10 shuffled points: each step estimates −∇C, so the path wobbles. But each pass through the data gives it 20 steps, full-batch descent one. Press Reset and then Run to race them.',
        zh: '随机梯度下降把数据打乱，每次用10个点的小批量走一步：每步只估计−∇C，路径会摇摆。但每读完一遍数据它走20步，全批量只走1步。按“重置”再按“运行”，比一比。',
      },
      query: `${FIT}&fit-batch=10`,
      focus: 'descent2d-map',
    },
    {
      id: 'descent-real-surface',
      title: { en: 'The real network’s landscape', zh: '真实网络的代价地形' },
      narration: {
        en: 'Back in the digit network, this map shows the cost as only two of its 13,002 weights move, the arrow −∇C for just these two. The full −∇C has 13,002 numbers: signs say up or down, sizes say how much.',
        zh: '回到数字网络：这张图是只让其中两个权重变化时的代价，箭头是只对这两个权重的−∇C。完整的−∇C有13,002个数：符号说明该增大还是减小，大小说明有多重要。',
      },
      formula:
        '-\\nabla C = -\\left(\\frac{\\partial C}{\\partial w_1}, \\frac{\\partial C}{\\partial w_2}, \\ldots, \\frac{\\partial C}{\\partial w_{13{,}002}}\\right)',
      query: 'page=descent',
      focus: 'descent-surface-map',
    },
    {
      id: 'descent-learn-live',
      title: { en: 'The network learns, live', zh: '看网络现场学习' },
      narration: {
        en: 'Now the real thing: all 13,002 parameters start random, and stochastic gradient descent runs on the 55,000 training digits. Watch the edges change and this 7’s outputs flicker, then settle. Nobody teaches it edges or loops: it only follows −∇C.',
        zh: '现在来真的：13,002个参数从随机值出发，随机梯度下降在55,000个训练数字上运行。看连线变化，这张7的输出先闪烁后稳定。没人教它边缘或圈：它只沿−∇C走。',
      },
      query: 'page=explore&ex=0&edges=weight&start=random',
      focus: 'network-view',
    },
    {
      id: 'descent-accuracy',
      title: { en: 'Accuracy climbs', zh: '正确率不断上升' },
      narration: {
        en: 'Once more from random weights, now watch the validation accuracy: every 10,000 examples the network is tested on 5,000 held-out digits it never trains on. The curve climbs steeply at first, then flattens out. More training gives less and less.',
        zh: '再从随机权重出发一次，这次看验证集正确率：每训练10,000个样本，就用5,000个从不参与训练的数字测一次。曲线一开始上升得很快，然后逐渐变平。训练越往后，收获越少。',
      },
      query: 'page=explore&ex=0&edges=weight&start=random',
      focus: 'curve-accuracy',
    },
    {
      id: 'descent-trained-weights',
      title: { en: 'What the trained weights look like', zh: '训练好的权重长什么样' },
      narration: {
        en: 'The card draws the 784 trained weights into neuron 8 of the first hidden layer: blotches, not the edge we hoped for. Yet the network is right on 95.19% of test digits: a good solution, not the one we imagined.',
        zh: '卡片画出第一隐含层第8个神经元的784个权重：一团团斑块，不是期望的边缘。可网络在测试数字上仍有95.19%的正确率：梯度下降找到了好的解，只是和想象的不同。',
      },
      query: 'page=explore&ex=0&edges=weight&neuron=1-7',
      focus: 'neuron-card',
    },
  ],
};

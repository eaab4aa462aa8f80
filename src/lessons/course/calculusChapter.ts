import { paint, sym } from '../../math/symbols';
import type { Chapter } from '../lessonTypes';

/**
 * Chapter 4, backpropagation calculus (3Blue1Brown ch. 4): the chain of one neuron per layer in
 * the lab, then indices and δ on the network's own backprop page, the classic 2-2-2 example,
 * computational graphs, Jacobians, and the live chain rule of a chosen neuron.
 */

/** Symbols of the one-neuron chain, by layer "L", "L-1", … as 3Blue1Brown writes them. */
const w = (l: string) => paint('weight', `w^{(${l})}`);
const b = (l: string) => paint('bias', `b^{(${l})}`);
const z = (l: string) => paint('z', `z^{(${l})}`);
const a = (l: string) => `a^{(${l})}`;
const y = paint('y', 'y');
const dC = (of: string) => sym.partial(sym.cost, of);
const sigmaSlope = (l: string) => `\\sigma'(${z(l)})`;
const costSlope = `2(${a('L')} - ${y})`;

/** The classic example's symbols, as the worked tab writes them. */
const total = paint('cost', 'E_{\\mathrm{total}}');
const out = (n: string) => `\\mathrm{out}_{${n}}`;
const net = (n: string) => paint('z', `\\mathrm{net}_{${n}}`);
const wn = (n: number) => paint('weight', `w_${n}`);
const target = (n: string) => paint('y', `\\mathrm{target}_{${n}}`);

/** The network's backprop page on the 2 it mistakes for an 8 (as in chapter 3). */
const DIGIT = 'page=backprop&ex=119';
const CHAIN = 'page=lab&lab=chain';
const WORKED = 'page=lab&lab=worked';

export const CALCULUS_CHAPTER: Chapter = {
  id: 'calculus',
  title: { en: 'Backpropagation calculus', zh: '反向传播的微积分' },
  scenes: [
    {
      id: 'calculus-one-neuron-chain',
      title: { en: 'One neuron per layer', zh: '每层只有一个神经元' },
      narration: {
        en: 'Strip the network down to one neuron per layer: three weights and three biases. The tree shows what depends on what, from the weights and biases at the bottom up to the cost at the top.',
        zh: '把网络简化成每层只有一个神经元：三个权重，三个偏置。这棵树展示了谁依赖谁：从底部的权重和偏置，一直到顶端的代价。',
      },
      formula: `${sym.cost} = (${a('L')} - ${y})^2`,
      query: CHAIN,
      focus: 'chain-tree',
    },
    {
      id: 'calculus-z-a-c',
      title: { en: 'z, a and C: a chain', zh: 'z、a、C：一条链' },
      narration: {
        en: 'The last weight times the previous activation, plus the bias, gives the weighted sum z⁽ᴸ⁾.',
        zh: '最后一个权重乘以前一个激活值，再加上偏置，得到加权和 z⁽ᴸ⁾。',
      },
      formula: `${z('L')} = ${w('L')} ${a('L-1')} + ${b('L')}`,
      query: CHAIN,
      focus: 'chain-line-z3',
      builds: [
        {
          focus: 'chain-line-a3',
          formula: `${a('L')} = \\sigma(${z('L')})`,
          narration: {
            en: 'The sigmoid squashes z⁽ᴸ⁾ into the activation a⁽ᴸ⁾, between 0 and 1.',
            zh: 'sigmoid 函数把 z⁽ᴸ⁾ 压缩成 0 到 1 之间的激活值 a⁽ᴸ⁾。',
          },
        },
        {
          focus: 'chain-line-C',
          formula: `${sym.cost} = (${a('L')} - ${y})^2`,
          narration: {
            en: 'Compared with the target y, a⁽ᴸ⁾ gives the cost C₀. Nudge w⁽ᴸ⁾ and the nudge ripples up the chain: z moves, then a, then C₀.',
            zh: 'a⁽ᴸ⁾ 与目标 y 比较，就得到代价 C₀。轻推一下 w⁽ᴸ⁾，这个变化会沿着链条往上传：先是 z，然后是 a，最后是 C₀。',
          },
        },
      ],
    },
    {
      id: 'calculus-nudge-ratio',
      title: { en: 'A derivative is a ratio of nudges', zh: '导数是两个微小变化之比' },
      narration: {
        en: 'Think of ∂w as a tiny nudge to the weight and ∂C₀ as the cost’s resulting change: the derivative is their ratio. The table nudges w⁽ᴸ⁾ less and less, and the measured ratio nears the chain rule’s value.',
        zh: '把 ∂w 看成对权重的微小轻推，∂C₀ 看成它引起的代价变化：导数就是两者之比。表格对 w⁽ᴸ⁾ 的轻推越来越小，测得的比值越来越接近链式法则给出的值。',
      },
      formula: `${dC(w('L'))} \\approx \\frac{\\Delta ${sym.cost}}{\\Delta ${w('L')}}`,
      query: CHAIN,
      focus: 'chain-nudge-table',
    },
    {
      id: 'calculus-weight-derivative',
      title: { en: 'The chain rule for w⁽ᴸ⁾', zh: 'w⁽ᴸ⁾ 的链式法则' },
      narration: {
        en: 'The chain rule splits ∂C₀/∂w⁽ᴸ⁾ into three slopes, one for each link of the chain. The first, ∂z/∂w, is the previous activation a⁽ᴸ⁻¹⁾: the slope of this straight line.',
        zh: '链式法则把 ∂C₀/∂w⁽ᴸ⁾ 拆成三个斜率，链条上每一环一个。第一个是 ∂z/∂w，等于前一个激活值 a⁽ᴸ⁻¹⁾，也就是这条直线的斜率。',
      },
      formula: `${dC(w('L'))} = ${sym.partial(z('L'), w('L'))}\\,${sym.partial(a('L'), z('L'))}\\,${dC(a('L'))} = ${a('L-1')}\\, ${sigmaSlope('L')}\\, ${costSlope}`,
      query: CHAIN,
      focus: 'chain-factor-plot-0',
      builds: [
        {
          focus: 'chain-factor-plot-1',
          narration: {
            en: 'The second is σ′(z⁽ᴸ⁾), the slope of the sigmoid where z sits: steep near 0, almost flat once the neuron saturates.',
            zh: '第二个是 σ′(z⁽ᴸ⁾)，即 sigmoid 在 z 所在处的斜率：在 0 附近很陡，神经元饱和后几乎是平的。',
          },
        },
        {
          focus: 'chain-factor-plot-2',
          narration: {
            en: 'The third, 2(a⁽ᴸ⁾ − y), says how sharply the cost grows as the activation moves away from its target.',
            zh: '第三个是 2(a⁽ᴸ⁾ − y)，它说明激活值偏离目标时代价增长得有多快。',
          },
        },
        {
          focus: 'chain-product',
          narration: {
            en: "Multiply the three slopes: the product is exactly the derivative the engine's backpropagation computes.",
            zh: '把三个斜率相乘：乘积正好等于程序用反向传播算出的导数。',
          },
        },
      ],
    },
    {
      id: 'calculus-bias-derivative',
      title: { en: 'The chain rule for b⁽ᴸ⁾', zh: 'b⁽ᴸ⁾ 的链式法则' },
      narration: {
        en: 'Choose bᴸ above the formula: only the first factor changes. The weighted sum moves one-for-one with its bias, so ∂z/∂b = 1.',
        zh: '在公式上方选择 bᴸ：只有第一个因子变了。加权和随偏置一比一地变化，所以 ∂z/∂b = 1。',
      },
      formula: `${dC(b('L'))} = ${sym.partial(z('L'), b('L'))}\\,${sym.partial(a('L'), z('L'))}\\,${dC(a('L'))} = 1 \\cdot ${sigmaSlope('L')}\\, ${costSlope}`,
      query: CHAIN,
      focus: 'chain-study-b3',
    },
    {
      id: 'calculus-activation-derivative',
      title: { en: 'How much the cost cares about a⁽ᴸ⁻¹⁾', zh: '代价对 a⁽ᴸ⁻¹⁾ 有多敏感' },
      narration: {
        en: 'Choose aᴸ⁻¹: now the first factor is the weight w⁽ᴸ⁾. We cannot change an activation directly, but this derivative says how much the cost cares about the neuron before.',
        zh: '选择 aᴸ⁻¹：这时第一个因子变成了权重 w⁽ᴸ⁾。激活值不能直接改变，但这个导数告诉我们代价对前一个神经元有多敏感。',
      },
      formula: `${dC(a('L-1'))} = ${w('L')}\\, ${sigmaSlope('L')}\\, ${costSlope}`,
      query: CHAIN,
      focus: 'chain-study-a2',
    },
    {
      id: 'calculus-further-back',
      title: { en: 'One layer further back', zh: '再往前一层' },
      narration: {
        en: 'Choose wᴸ⁻¹: the same three-slope pattern repeats one layer back, ending in ∂C₀/∂a⁽ᴸ⁻¹⁾ from the last scene. Each layer reuses the result of the layer after it; that reuse is backpropagation.',
        zh: '选择 wᴸ⁻¹：同样的三个斜率的模式在前一层重复，最后一个因子就是上一幕的 ∂C₀/∂a⁽ᴸ⁻¹⁾。每一层都重复利用后一层的结果，这种重复利用就是反向传播。',
      },
      formula: `${dC(w('L-1'))} = ${a('L-2')}\\, ${sigmaSlope('L-1')}\\, ${dC(a('L-1'))}`,
      query: CHAIN,
      focus: 'chain-study-w2',
      motion: 'backward',
    },
    {
      id: 'calculus-indices',
      title: { en: 'Many neurons: indices', zh: '多个神经元：加上下标' },
      narration: {
        en: 'On the full network, only indices are new: k counts neurons in layer L − 1, j in layer L, and wⱼₖ joins k to j. The panel sums z for output neuron 2 over all 16 hidden neurons.',
        zh: '完整网络上，新的只有下标：k 数第 L − 1 层的神经元，j 数第 L 层的，wⱼₖ 连接 k 和 j。面板把输出神经元 2 的 z 写成 16 项之和。',
      },
      formula: `${sym.z('j', 'L')} = \\sum_k ${sym.w('j', 'k', 'L')} ${sym.a('k', 'L-1')} + ${sym.b('j', 'L')}`,
      query: `${DIGIT}&step=3&neuron=3-2`,
      focus: 'chain-rule-panel',
      motion: 'forward',
    },
    {
      id: 'calculus-sum-over-outputs',
      title: { en: 'The one new thing: a sum', zh: '唯一的新东西：求和' },
      narration: {
        en: 'A hidden activation aₖ reaches the cost through every neuron of the next layer. So its derivative is a sum over j, one term per path; the panel shows it for neuron 16 of hidden layer 2.',
        zh: '隐含层的激活值 aₖ 通过下一层的每一个神经元影响代价。所以它的导数是对 j 的求和，每条路径一项；面板展示的是隐含层 2 的神经元 16。',
      },
      formula: `${sym.dCd(sym.a('k', 'L-1'))} = \\sum_j ${sym.w('j', 'k', 'L')}\\, \\sigma'(${sym.z('j', 'L')})\\, ${sym.dCd(sym.a('j', 'L'))}`,
      query: `${DIGIT}&step=7&neuron=2-15`,
      focus: 'chain-rule-panel',
      motion: 'backward',
    },
    {
      id: 'calculus-delta',
      title: { en: 'The error signal δ', zh: '误差信号 δ' },
      narration: {
        en: 'Give the pull on each weighted sum a name: δ = ∂C/∂z. At the output it is σ′(z) times ∂C/∂a, here for the neuron of the true digit, 2.',
        zh: '给每个加权和受到的拉力起个名字：δ = ∂C/∂z。在输出层，它等于 σ′(z) 乘以 ∂C/∂a，这里是正确数字 2 的神经元。',
      },
      formula: `\\delta^{(L)} = \\nabla_a ${sym.C} \\odot ${sigmaSlope('L')}`,
      query: `${DIGIT}&step=6&neuron=3-2`,
      focus: 'chain-rule-panel',
      motion: 'backward',
      builds: [
        {
          query: 'step=8&neuron=2-15',
          motion: 'backward',
          formula: `\\delta^{(l)} = \\left((${paint('weight', 'W^{(l+1)}')})^{\\mathsf{T}} \\delta^{(l+1)}\\right) \\odot ${sigmaSlope('l')}`,
          narration: {
            en: 'One layer back, δ comes from the next layer’s δ sent through the transposed weights, times σ′(z). The same formula repeats all the way to the first hidden layer.',
            zh: '往前一层，δ 由下一层的 δ 经转置的权重矩阵传回，再乘以 σ′(z)。同一个公式一直重复到第一个隐含层。',
          },
        },
        {
          query: 'step=11',
          formula: `${sym.dCd(sym.b('j', 'l'))} = ${sym.delta('j', 'l')}, \\qquad ${sym.dCd(sym.w('j', 'k', 'l'))} = ${sym.a('k', 'l-1')}\\, ${sym.delta('j', 'l')}`,
          narration: {
            en: 'With every δ known, each gradient is one product away: a bias’s gradient is its δ, a weight’s is its input activation times δ.',
            zh: '知道了所有的 δ，每个梯度只差一次乘法：偏置的梯度就是它的 δ，权重的梯度是输入激活值乘以 δ。',
          },
        },
      ],
    },
    {
      id: 'calculus-worked-forward',
      title: { en: 'A 2-2-2 network by hand', zh: '手算一个 2-2-2 网络' },
      narration: {
        en: 'The classic worked example: inputs 0.05 and 0.10, targets 0.01 and 0.99, every weight and bias given, sigmoid everywhere. The forward pass gives out(o₁) = 0.75136507 and out(o₂) = 0.772928465.',
        zh: '经典例子：输入 0.05、0.10，目标 0.01、0.99，都用 sigmoid。前向传播得到两个输出：0.75136507、0.772928465。',
      },
      formula: `${net('h_1')} = ${wn(1)} i_1 + ${wn(2)} i_2 + ${paint('bias', 'b_1')}, \\qquad ${out('h_1')} = \\sigma(${net('h_1')})`,
      query: WORKED,
      focus: 'worked-section-forward',
      motion: 'forward',
    },
    {
      id: 'calculus-worked-error',
      title: { en: 'The total error', zh: '总误差' },
      narration: {
        en: 'This write-up takes half the squared error of each output and adds them. Both outputs are far from their targets, so E_total = 0.298371109.',
        zh: '这个例子对每个输出取平方误差的一半，再加起来。两个输出都离目标很远，所以 E_总 = 0.298371109。',
      },
      formula: `${total} = \\sum_o \\tfrac{1}{2}\\left(${target('o')} - ${out('o')}\\right)^2`,
      query: WORKED,
      focus: 'worked-row-e-total',
    },
    {
      id: 'calculus-worked-output-weight',
      title: { en: 'An output weight: ∂E/∂w₅', zh: '输出层权重：∂E/∂w₅' },
      narration: {
        en: 'w₅ joins h₁ to o₁, so the chain runs through out(o₁) and net(o₁) only. Three factors multiply to ∂E_total/∂w₅ = 0.0821670406.',
        zh: 'w₅ 连接 h₁ 和 o₁，所以链条只经过 o₁ 的净输入和输出。三个因子相乘得到 ∂E_总/∂w₅ = 0.0821670406。',
      },
      formula: `${sym.partial(total, wn(5))} = ${sym.partial(total, out('o_1'))} \\cdot ${sym.partial(out('o_1'), net('o_1'))} \\cdot ${sym.partial(net('o_1'), wn(5))}`,
      query: WORKED,
      focus: 'worked-row-grad-w5',
      motion: 'backward',
    },
    {
      id: 'calculus-worked-hidden-weight',
      title: { en: 'A hidden weight: ∂E/∂w₁', zh: '隐含层权重：∂E/∂w₁' },
      narration: {
        en: 'w₁ feeds h₁, and h₁ feeds both outputs, so ∂E_total/∂out(h₁) adds the error coming back from o₁ and from o₂. The chain then gives ∂E_total/∂w₁ = 4.38567734×10⁻⁴.',
        zh: 'w₁ 连向 h₁，h₁ 连向两个输出，所以 h₁ 输出的导数要加总 o₁ 和 o₂ 的误差。沿链条相乘得 ∂E_总/∂w₁ = 4.38567734×10⁻⁴。',
      },
      formula: `${sym.partial(total, out('h_1'))} = ${sym.partial(paint('cost', 'E_{o_1}'), out('h_1'))} + ${sym.partial(paint('cost', 'E_{o_2}'), out('h_1'))}`,
      query: WORKED,
      focus: 'worked-row-grad-w1',
      motion: 'backward',
    },
    {
      id: 'calculus-worked-update',
      title: { en: 'The update', zh: '更新权重' },
      narration: {
        en: 'With learning rate η = 0.5, each weight steps against its gradient. w₅ goes from 0.40 to 0.35891648.',
        zh: '取学习率 η = 0.5，每个权重都沿梯度的反方向走一步。w₅ 从 0.40 变成 0.35891648。',
      },
      formula: `${paint('weight', 'w_5^{+}')} = ${wn(5)} - ${sym.eta} \\cdot ${sym.partial(total, wn(5))}`,
      query: WORKED,
      focus: 'worked-row-new-w5',
    },
    {
      id: 'calculus-graph',
      title: { en: 'Computational graphs', zh: '计算图' },
      narration: {
        en: 'Any formula is a graph of simple nodes: 2 apples at 100 each, 1.1 tax, cost 220. Press Next step to walk it backwards: a multiply node returns the gradient times its other input, an add node passes it unchanged.',
        zh: '任何公式都能画成简单节点的计算图：2 个苹果，每个 100，税率 1.1，总价 220。按“下一步”往回走：乘法节点把梯度乘以另一个输入传回，加法节点原样传回。',
      },
      formula: `z = x\\,y \\;\\Rightarrow\\; \\frac{\\partial z}{\\partial x} = y, \\; \\frac{\\partial z}{\\partial y} = x; \\qquad z = x + y \\;\\Rightarrow\\; \\frac{\\partial z}{\\partial x} = \\frac{\\partial z}{\\partial y} = 1`,
      query: 'page=lab&lab=graph',
      focus: 'graph-diagram',
      motion: 'backward',
    },
    {
      id: 'calculus-jacobian',
      title: { en: 'Jacobians: tanh and softmax', zh: '雅可比矩阵：tanh 与 softmax' },
      narration: {
        en: 'tanh acts on each input on its own, so its Jacobian is diagonal: every entry off the diagonal is 0.',
        zh: 'tanh 对每个输入单独起作用，所以它的雅可比矩阵是对角矩阵：对角线以外的元素都是 0。',
      },
      formula: `\\frac{\\partial t_i}{\\partial ${paint('z', 'x_j')}} = \\delta_{ij}\\,(1 - t_i^2)`,
      query: 'page=lab&lab=jacobian',
      focus: 'jacobian-tanh-matrix',
      builds: [
        {
          focus: 'jacobian-softmax-matrix',
          formula: `\\frac{\\partial s_i}{\\partial ${paint('z', 'x_j')}} = s_i\\,(\\delta_{ij} - s_j)`,
          narration: {
            en: 'Softmax divides by the sum of all its inputs’ exponentials, so every output depends on every input and its Jacobian is full. An output δ then needs the whole matrix, not one slope per neuron.',
            zh: 'softmax 要除以所有输入的指数之和，所以每个输出都依赖每个输入，它的雅可比矩阵是满的。这时输出层的 δ 需要用到整个矩阵，而不是每个神经元一个斜率。',
          },
        },
      ],
    },
    {
      id: 'calculus-live-chain-rule',
      title: { en: 'The chain rule, live', zh: '实时的链式法则' },
      narration: {
        en: 'On the full network, the selected output neuron 2 shows its whole chain rule for the digit on screen: the forward pass, then the backward pass down to ∂C/∂b. Press Train and every number follows the changing weights.',
        zh: '在完整的网络上，选中的输出神经元 2 会针对屏幕上的数字给出完整的链式法则：先是前向传播，再是一直到 ∂C/∂b 的反向传播。按下训练，每个数值都会随权重的变化而变化。',
      },
      formula: `${sym.dCd(sym.b('j', 'L'))} = ${sym.partial(sym.z('j', 'L'), sym.b('j', 'L'))}\\, ${sym.partial(sym.a('j', 'L'), sym.z('j', 'L'))}\\, ${sym.dCd(sym.a('j', 'L'))}`,
      query: 'page=explore&ex=119&neuron=3-2',
      focus: 'live-chain-rule',
    },
  ],
};

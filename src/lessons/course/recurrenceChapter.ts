import type { Chapter } from '../lessonTypes';

/**
 * Chapter 5, after the course notes' RNN section: a digit read row by row, backpropagation
 * through time, vanishing and exploding gradients, gated cells, deeper and two-way networks.
 * Every scene reads MNIST test digit #0, a 7, so the figures quoted (read off the shipped
 * RNN, GRU and LSTM and the page's untrained-LSTM study) stay true whatever the class drew.
 */
export const RECURRENCE_CHAPTER: Chapter = {
  id: 'recurrence',
  title: { en: 'Recurrent networks: memory through time', zh: '循环神经网络：随时间的记忆' },
  scenes: [
    {
      id: 'recurrence-rows',
      title: { en: 'A digit as a sequence', zh: '把数字当作序列' },
      narration: {
        en: 'The same 7, read row by row: 28 pixels per step, top to bottom. The outlined row is the first input x₁; 28 steps read the whole digit. Recurrent networks read any sequence piece by piece, whatever its length.',
        zh: '还是这个7，但换一种读法：每个时间步读一行28个像素，从上往下。加框的一行就是第一个输入x₁，28步读完整个数字。循环神经网络就这样一次读一段，序列多长都能读。',
      },
      query: 'page=sequence&ex=0&cell=rnn&seqstep=1',
      focus: 'seq-reading',
      motion: 'forward',
      builds: [
        {
          query: 'seqstep=14',
          narration: {
            en: 'Step 14: the top 14 rows are read, the bottom 14 are still ahead. At every step the network has seen only the rows above the outline.',
            zh: '第14步：上面14行已经读过，下面14行还没读。每一步，网络只见过加框那行及其上面的行。',
          },
        },
      ],
    },
    {
      id: 'recurrence-hidden-state',
      title: { en: 'The hidden state', zh: '隐状态' },
      narration: {
        en: 'At step t the cell passes row xₜ through W and its state hₜ₋₁ through U, adds b, and squashes into (−1, 1) with tanh. The panel shows row 10 for one unit. hₜ is the network’s whole memory.',
        zh: '第t步，单元把新行xₜ乘以W，把前一步的状态hₜ₋₁乘以U，加上b，再用tanh压到(−1, 1)之间。面板算出第10行时一个单元的值。hₜ就是网络的全部记忆。',
      },
      formula: 'h_t = \\tanh\\left(W x_t + U h_{t-1} + b\\right)',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=10',
      focus: 'seq-chain-rule',
      motion: 'forward',
    },
    {
      id: 'recurrence-unrolled',
      title: { en: 'Unrolled in time', zh: '按时间展开' },
      narration: {
        en: 'Unrolled, the network looks 28 layers deep: one column per row, each strip hₜ coloured by sign. Yet every column is the same cell with the same W, U and b. Columns after step 10 are dark: not yet read.',
        zh: '按时间展开，网络看起来有28层深：每行一列，每条显示hₜ，颜色表示正负。但每一列都是同一个单元，用同一组W、U、b。第10步之后的列还是暗的：那些行还没读。',
      },
      formula:
        'h_1 \\xrightarrow{U} h_2 \\xrightarrow{U} \\cdots \\xrightarrow{U} h_{28} \\xrightarrow{V} \\hat y',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=10',
      focus: 'seq-unrolled',
      motion: 'forward',
      builds: [
        {
          query: 'seqstep=28',
          narration: {
            en: 'Step 28: all rows are read. Only now does the last state h₂₈ go through the output weights V to the answer, the circle on the right.',
            zh: '第28步：所有行都读完了。直到这时，最后的状态h₂₈才经过输出权重V得到答案，也就是右边的圆圈。',
          },
          motion: 'forward',
        },
      ],
    },
    {
      id: 'recurrence-running-answer',
      title: { en: 'The running answer', zh: '边读边答' },
      narration: {
        en: 'Ask for an answer after every row: after 10 rows of this 7 the RNN already says 7, at 52%; after 20 rows it says 9, at 88%. The chart below tracks each digit’s probability, the target’s drawn strong.',
        zh: '每读完一行就可以问它答案：读了这个7的前10行，RNN已经说是7（52%）；读到20行，它说是9（88%）。下面的图逐行画出每个数字的概率，目标数字的线加粗。',
      },
      query: 'page=sequence&ex=0&cell=rnn&seqstep=10',
      focus: 'seq-reading',
      builds: [
        {
          query: 'seqstep=28',
          narration: {
            en: 'The last rows settle it: after all 28 rows the RNN says 7, at 100%. Its answer was only ever as good as what its hidden state had kept.',
            zh: '最后几行决定了结果：读完全部28行，RNN说是7（100%）。它的答案好坏，全看隐状态记住了什么。',
          },
        },
      ],
    },
    {
      id: 'recurrence-error-enters',
      title: { en: 'The error enters at the end', zh: '误差从最后一步进入' },
      narration: {
        en: 'Backpropagation through time starts where the cost is measured: the cross-entropy of the answer after the last row. Its gradient reaches the hidden state only at step 28, through the output weights V. Each click walks one step back.',
        zh: '随时间反向传播从计算代价的地方开始：读完最后一行后答案的交叉熵。它的梯度只在第28步经过输出权重V进入隐状态。从这里开始，时间线每按一下就往回走一步。',
      },
      formula: '\\frac{\\partial L}{\\partial h_{28}} = V^{\\top}\\left(\\hat y - y\\right)',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=29',
      focus: 'seq-chain-rule',
      motion: 'backward',
    },
    {
      id: 'recurrence-step-back',
      title: { en: 'One step back through time', zh: '往回一步' },
      narration: {
        en: 'From step 28 to 27 the error is multiplied by tanh’s slope 1 − h², giving δ₂₈, then by Uᵀ, the forward recurrent weights transposed. The panel shows Uᵀδ₂₈ and, times step 27’s slope, δ₂₇. Every step back repeats both.',
        zh: '第28步退到第27步：误差乘以tanh的斜率1 − h²得δ₂₈，再乘以循环权重的转置Uᵀ。面板算出Uᵀδ₂₈，乘第27步的斜率得δ₂₇。每步都重复这两次乘法。',
      },
      formula:
        '\\frac{\\partial L}{\\partial h_{t}} = U^{\\top}\\left(\\left(1 - h_{t+1}^{2}\\right) \\odot \\frac{\\partial L}{\\partial h_{t+1}}\\right)',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=30',
      focus: 'seq-chain-rule',
      motion: 'backward',
      builds: [
        {
          query: 'seqstep=40',
          focus: 'seq-unrolled',
          narration: {
            en: 'At step 17 the error has been through these two factors 11 times. The bar under each column is ‖∂L/∂hₜ‖ on a log scale: follow it leftwards.',
            zh: '到第17步，误差已经经过这两个因子11次。每列下面的条是‖∂L/∂hₜ‖，对数刻度：从右往左看它的变化。',
          },
          motion: 'backward',
        },
      ],
    },
    {
      id: 'recurrence-shared-gradient',
      title: { en: 'Shared weights, summed gradients', zh: '共享权重，梯度相加' },
      narration: {
        en: 'W, U and b serve every step, so each step adds a share to their gradients: δₜ xₜᵀ for W, δₜ hₜ₋₁ᵀ for U, where δₜ = ∂L/∂zₜ. The panel shows step 17’s share. All 28 sum to the gradient.',
        zh: 'W、U和b每步都用到，每步都给它们的梯度加一份：W的是δₜ xₜᵀ，U的是δₜ hₜ₋₁ᵀ，δₜ = ∂L/∂zₜ。面板给出第17步那份。28份之和才是梯度。',
      },
      formula:
        '\\frac{\\partial L}{\\partial W} = \\sum_{t=1}^{28} \\delta_t\\, x_t^{\\top}, \\qquad \\frac{\\partial L}{\\partial U} = \\sum_{t=1}^{28} \\delta_t\\, h_{t-1}^{\\top}',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=40',
      focus: 'seq-chain-rule',
      motion: 'backward',
    },
    {
      id: 'recurrence-vanishing',
      title: { en: 'The vanishing gradient, measured', zh: '梯度消失：实测' },
      narration: {
        en: 'Reaching row 1 multiplies 27 such factors, and small ones make the error fade. For this 7 the share arriving is RNN 0.0431, LSTM 0.116, GRU 0.692. A line falling towards t = 1 means the first rows barely learn.',
        zh: '到第1行要连乘27个因子，因子小则误差消失。这个7的传回比例：RNN 0.0431，LSTM 0.116，GRU 0.692。线朝t = 1下降，前几行就难学。',
      },
      formula:
        '\\frac{\\partial L}{\\partial h_{1}} = \\prod_{t=2}^{28} \\left(U^{\\top} \\operatorname{diag}\\left(1 - h_{t}^{2}\\right)\\right) \\frac{\\partial L}{\\partial h_{28}}',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=56',
      focus: 'seq-gradient-flow',
      motion: 'backward',
    },
    {
      id: 'recurrence-vanish-or-explode',
      title: { en: 'Vanishing or exploding', zh: '消失还是爆炸' },
      narration: {
        en: 'One step back stretches the error at most by U’s largest singular value, σ_max(U). Below 1 the error must vanish; scaled far up, it can explode. Trained, σ_max(U) = 2.9, yet the error shrinks: saturated tanh slopes are near 0.',
        zh: '往回一步，误差最多放大σ_max(U)倍，即U的最大奇异值。它小于1则误差必然消失，很大则可能爆炸。训练后它是2.9，误差仍缩小：饱和tanh斜率近0。',
      },
      formula:
        '\\left\\| \\frac{\\partial L}{\\partial h_{t}} \\right\\| \\le \\sigma_{\\max}(U) \\, \\max_j \\left(1 - h_{t+1,j}^{2}\\right) \\left\\| \\frac{\\partial L}{\\partial h_{t+1}} \\right\\|',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=56',
      focus: 'seq-scale-study',
    },
    {
      id: 'recurrence-clipping',
      title: { en: 'Gradient clipping', zh: '梯度修剪' },
      narration: {
        en: 'Exploding gradients have a simple cure: before each update, a gradient longer than θ is scaled back to length θ, direction kept. All three cells here were trained with gradients clipped to length 1. Vanishing gradients need a better cell.',
        zh: '梯度爆炸有个简单的办法：每次更新前，长度超过阈值θ的梯度按比例缩回到θ，方向不变。这一页的三种单元训练时都把梯度长度修剪到1。梯度消失则要靠更好的单元。',
      },
      formula: 'g \\leftarrow g \\cdot \\min\\left(1, \\frac{\\theta}{\\lVert g \\rVert}\\right)',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=56',
      focus: 'seq-scale-study',
    },
    {
      id: 'recurrence-gru-gates',
      title: { en: 'The GRU’s update and reset gates', zh: 'GRU的更新门和重置门' },
      narration: {
        en: 'The GRU adds two gates between 0 and 1. The update gate zₜ mixes hₜ₋₁ with a new candidate h̃ₜ; the reset gate rₜ sets how much of hₜ₋₁ the candidate reads. The maps show both gates for this 7.',
        zh: 'GRU加了两个0到1之间的门。更新门zₜ把旧状态hₜ₋₁和新的候选状态h̃ₜ混合；重置门rₜ决定候选状态能读多少hₜ₋₁。图中画出这个7的两个门。',
      },
      formula:
        'h_t = z_t \\odot h_{t-1} + (1 - z_t) \\odot \\tilde h_t, \\qquad \\tilde h_t = \\tanh\\left(W x_t + U (r_t \\odot h_{t-1}) + b\\right)',
      query: 'page=sequence&ex=0&cell=gru&seqstep=28',
      focus: 'seq-gates',
      motion: 'forward',
    },
    {
      id: 'recurrence-gru-shortcut',
      title: { en: 'A shortcut back through time', zh: '穿越时间的捷径' },
      narration: {
        en: 'Backwards, the error on hₜ reaches hₜ₋₁ times only the update gate zₜ. Where z is near 1 it passes almost unchanged, with no tanh or U. So 0.692 of the error reaches row 1, against the RNN’s 0.0431.',
        zh: '往回传时，hₜ的误差只乘以更新门zₜ就到达hₜ₋₁。z近1处，误差几乎原样通过，不经tanh和U。所以GRU有0.692的误差传回第1行，RNN仅0.0431。',
      },
      formula:
        '\\frac{\\partial L}{\\partial h_{t-1}} = z_t \\odot \\frac{\\partial L}{\\partial h_{t}} + \\text{(paths through the gates and } \\tilde h_t)',
      query: 'page=sequence&ex=0&cell=gru&seqstep=30',
      focus: 'seq-chain-rule',
      motion: 'backward',
    },
    {
      id: 'recurrence-lstm-gates',
      title: { en: 'The LSTM: long- and short-term memory', zh: 'LSTM：长时记忆和短时记忆' },
      narration: {
        en: 'The LSTM keeps a long-term cell state cₜ and a short-term hidden state hₜ. The forget gate fₜ keeps part of cₜ₋₁, the input gate iₜ adds some of c̃ₜ, the output gate oₜ reveals some as hₜ.',
        zh: 'LSTM有长时记忆的内部状态cₜ和短时记忆的隐状态hₜ。遗忘门fₜ保留部分cₜ₋₁，输入门iₜ写入部分候选c̃ₜ，输出门oₜ把部分内部状态输出为hₜ。',
      },
      formula:
        'c_t = f_t \\odot c_{t-1} + i_t \\odot \\tilde c_t, \\qquad h_t = o_t \\odot \\tanh(c_t)',
      query: 'page=sequence&ex=0&cell=lstm&seqstep=28',
      focus: 'seq-gates',
      motion: 'forward',
    },
    {
      id: 'recurrence-lstm-cell-path',
      title: { en: 'The error along the cell state', zh: '沿内部状态传回的误差' },
      narration: {
        en: 'Along the cell state the error is multiplied only by the forget gate f. Where memory is kept, f is near 1, and the error survives many steps, like the memory. The panel shows this step for one unit.',
        zh: '沿内部状态往回传，误差只乘以遗忘门f。在单元保留记忆的地方，f接近1，误差和记忆一样能保留很多步。面板用这个数字的数值给出一个单元在这一步的计算。',
      },
      formula:
        '\\frac{\\partial L}{\\partial c_{t}} = \\frac{\\partial L}{\\partial h_{t}}\\, o_t \\left(1 - \\tanh^{2} c_t\\right) + \\frac{\\partial L}{\\partial c_{t+1}}\\, f_{t+1}',
      query: 'page=sequence&ex=0&cell=lstm&seqstep=30',
      focus: 'seq-chain-rule',
      motion: 'backward',
    },
    {
      id: 'recurrence-forget-bias',
      title: { en: 'Start with the forget gate open', zh: '让遗忘门一开始就打开' },
      narration: {
        en: 'Untrained, forget gates sit near σ(b_f): 0.5 for b_f = 0, halving memory and error each step. b_f = 0 lets 3.95×10⁻⁶ of the error reach row 1, b_f = 2 lets 0.122. So b_f starts at 1 or 2.',
        zh: '训练前遗忘门约为σ(b_f)：b_f = 0时为0.5，每步记忆和误差减半，传回第1行的只剩3.95×10⁻⁶。b_f = 2时有0.122。故偏置初设1或2。',
      },
      formula:
        'f_t = \\sigma\\left(W_f x_t + U_f h_{t-1} + b_f\\right), \\qquad \\sigma(0) = 0.5, \\quad \\sigma(2) \\approx 0.88',
      query: 'page=sequence&ex=0&cell=lstm&seqstep=56',
      focus: 'seq-forget-study',
    },
    {
      id: 'recurrence-long-memory',
      title: { en: 'Long memory, trained live', zh: '长时记忆：现场训练' },
      narration: {
        en: 'Now 100 blank rows follow the digit, and the error must cross them all. Train the RNN from scratch: its gradient vanishes, it barely passes guessing, 10%. Train the LSTM, b_f = 4: it learns to carry the digit.',
        zh: '数字后跟着100行空白，误差要全部穿过才能传回数字。从头训练RNN：梯度消失，它几乎只能瞎猜（10%）。训练LSTM，b_f = 4起步，它学会把数字记到最后。',
      },
      query: 'page=sequence&ex=0&cell=lstm&seqstep=28',
      focus: 'seq-long-memory',
    },
    {
      id: 'recurrence-stacked',
      title: { en: 'Stacked: deeper at every step', zh: '堆叠：每一步都更深' },
      narration: {
        en: 'Unrolled, an RNN is deep in time, yet xₜ crosses one cell to its output. Stacking deepens every step: layer 2 reads layer 1’s states h⁽¹⁾ₜ as input. Each layer shares its own W, U and b across time.',
        zh: '展开的RNN在时间上很深，但从输入xₜ到输出只经过一个单元。堆叠后每一步都更深：第二层把第一层的状态h⁽¹⁾ₜ当作输入序列。每层有自己的W、U、b，随时间共享。',
      },
      formula:
        'h^{(l)}_t = f\\left(U^{(l)} h^{(l)}_{t-1} + W^{(l)} h^{(l-1)}_t + b^{(l)}\\right), \\quad h^{(0)}_t = x_t',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=28',
      focus: 'seq-architecture',
    },
    {
      id: 'recurrence-bidirectional',
      title: { en: 'Bidirectional: reading both ways', zh: '双向：正反两个方向都读' },
      narration: {
        en: 'In translation, “is” or “are” can hinge on a later word, “Lucy” or “they”. A bidirectional RNN adds a second layer reading backwards, so each step also knows what follows. The output reads both states joined, h⁽¹⁾ₜ ⊕ h⁽²⁾ₜ.',
        zh: '翻译时，“is”还是“are”，可能要看后面的“Lucy”或“they”。双向RNN再加一层倒着读，每步也知道后文。输出读拼接后的h⁽¹⁾ₜ ⊕ h⁽²⁾ₜ。',
      },
      formula:
        'h^{(2)}_t = f\\left(U^{(2)} h^{(2)}_{t+1} + W^{(2)} x_t + b^{(2)}\\right), \\qquad h_t = h^{(1)}_t \\oplus h^{(2)}_t',
      query: 'page=sequence&ex=0&cell=rnn&seqstep=28',
      focus: 'seq-architecture',
    },
  ],
};

import { shownNumber } from '../../math/shownNumber';
import type { systemEn } from '../en/system';

export const systemZh: typeof systemEn = {
  dismiss: '关闭消息',
  noShippedModel: (id) => `没有名为“${id}”的内置模型。`,
  modelFetchFailed: (name) => `无法获取模型“${name}”。`,
  modelListFailed: '无法加载已训练模型列表。',
  testSetFailed: '无法加载 MNIST 测试集。',
  modelFileTooLarge: (file, megabytes) =>
    `“${file}”太大，不可能是模型文件（${megabytes} MB）。当前模型保持不变。`,
  modelFileLoaded: (file) => `已加载“${file}”中的模型。`,
  loadingPage: '正在加载……',
  engineRestarted: '计算引擎意外停止，已用当前的权重重新启动。如果刚才在训练，训练已暂停。',
  engineCrashedAgain: '计算引擎刚重新启动就又意外停止了，因此不再重启。请重新加载页面。',
  engineRestartFailed: '计算引擎意外停止，且无法重新启动。请重新加载页面。',
  engineError: {
    model: '无法加载这个模型。当前模型保持不变。',
    modelNotFinite: '这个模型会算出无穷大或非数值（权重太大），因此没有加载。当前模型保持不变。',
    diverged: (learningRate, cost) =>
      `训练在学习率 ${shownNumber(learningRate)} 下发散了：${
        cost === null ? '代价变成了无穷大或非数值' : `代价升到了 ${shownNumber(cost)}，比瞎猜还差`
      }。训练已暂停，权重已恢复到发散之前。请试一个更小的学习率。`,
    data: (set) => `无法加载 MNIST ${set === 'test' ? '测试集' : '训练集'}。`,
    dataOffline: (set) =>
      set === 'train'
        ? '训练需要 55,000 个 MNIST 训练数字，但现在取不到：浏览器处于离线状态，而且还没有保存过它们。请联网一次，再按“训练”：它们会被下载（9.6 MB）并保存下来，之后离线也能训练。在此期间，页面的其他功能照常可用。'
        : '取不到 10,000 个 MNIST 测试数字：浏览器处于离线状态，而且还没有保存过它们。请联网一次并重新加载页面：之后它们会保存下来，离线也能使用。在此期间，手写和网络照常可用。',
    busy: '请先暂停训练，再纠正网络。',
    input: '计算引擎拒绝了这个请求。',
  },
  engineRequestLost: '计算引擎在回答之前重新启动了。',
  engineWrongReply: '计算引擎的回答与请求对不上，已被搁置。',
  technicalDetail: '技术细节（英文）：',
  networkReads: (digit, percent) => `网络认为这是 ${digit}（${percent}%）`,
  networkReadsNothing: '画板是空的。',
  partFailed: (part) => `${part}出错，停止了工作。DeltaScope 的其余部分仍可使用。`,
  pagePart: (page) => `“${page}”页面`,
  headerToolsPart: '设置与分享工具',
  tryAgain: '重试',
  engineNotRunning: '计算引擎没有在运行，网络无法识别这个数字。请重新加载页面。',
};

import type { systemEn } from '../en/system';

export const systemZh: typeof systemEn = {
  dismiss: '关闭消息',
  noShippedModel: (id) => `没有名为“${id}”的内置模型。`,
  modelFetchFailed: (name, error) => `无法获取模型“${name}”（${error}）。`,
  modelListFailed: (error) => `无法加载已训练模型列表（${error}）。`,
  testSetFailed: (error) => `无法加载 MNIST 测试集（${error}）。`,
  modelFileTooLarge: (file, megabytes) =>
    `“${file}”太大，不可能是模型文件（${megabytes} MB）。当前模型保持不变。`,
  modelFileLoaded: (file) => `已加载“${file}”中的模型。`,
  loadingPage: '正在加载……',
  engineRestarted: '计算引擎意外停止，已用当前的权重重新启动。如果刚才在训练，训练已暂停。',
  engineCrashedAgain: '计算引擎刚重新启动就又意外停止了，因此不再重启。请重新加载页面。',
  engineRestartFailed: (error) => `计算引擎意外停止，且无法重新启动（${error}）。请重新加载页面。`,
  engineError: {
    model: (detail) => `无法使用这个模型：${detail}`,
    diverged: (detail) => `训练发散了：${detail}`,
    data: (detail) => `无法加载 MNIST 数字：${detail}`,
    input: (detail) => `计算引擎拒绝了这个输入：${detail}`,
  },
  networkReads: (digit, percent) => `网络认为这是 ${digit}（${percent}%）`,
  networkReadsNothing: '画板是空的。',
};

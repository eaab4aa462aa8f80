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
};

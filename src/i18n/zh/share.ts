import type { SavedSceneProblem } from '../../share/savedScene';
import type { SceneKey, SceneProblem } from '../../share/scene';
import { echo } from '../echo';
import type { shareEn } from '../en/share';

const fieldsZh: Record<SceneKey, string> = {
  page: '页面',
  model: '模型',
  ex: 'MNIST 数字',
  digit: '手写数字',
  label: '手写数字的标签',
  step: '步骤',
  neuron: '神经元',
  edge: '连接',
  edges: '连线显示',
  theme: '主题',
  palette: '配色',
  lang: '语言',
  projector: '投影模式',
  lr: '学习率',
  batch: '小批量大小',
  epochs: '每次训练的轮数',
  seed: '随机种子',
  init: '初始化方法',
  start: '起点（只能是 random）',
  eta: '更新步骤的学习率 η',
  lab: '实验室标签页',
  'curve-eta': '单参数曲线的学习率',
  'curve-x': '球 1 的起点',
  'curve-balls': '球的个数',
  'fit-eta': '直线拟合的学习率',
  'fit-batch': '直线拟合的小批量大小',
  'fit-start': '直线拟合的起点',
  surface: '代价曲面的两个权重',
  cell: '循环单元',
  seqstep: '循环网络时间线的步骤',
};

/** The unusable parts of a link, named as the share messages name them. */
export const linkParts = (problems: readonly SceneProblem[]) =>
  problems.map((p) => `${fieldsZh[p.key]}“${echo(p.value)}”`).join('、');

export const shareZh: typeof shareEn = {
  tools: '分享与导出',
  copyLink: '复制链接',
  copyLinkTitle:
    '复制一个链接，打开的正是当前画面：页面、数字、步骤、选中的神经元、主题、语言和设置',
  linkCopied: '链接已复制',
  linkCopiedDefaultModel:
    '链接已复制。它打开的是默认模型：在这里训练的或从文件加载的权重无法放进链接。',
  copyByHand: '请复制这个链接：',
  close: '关闭',
  exportPng: 'PNG',
  exportPngTitle:
    '把当前场景（数字、网络、输出、图例、标题和公式）下载为两倍尺寸的 PNG 图片，用于幻灯片',
  exportSvg: 'SVG',
  exportSvgTitle: '把当前场景下载为 SVG 矢量图（线条、圆和文字），用于幻灯片',
  exportFailed: '无法导出当前画面。',
  nothingToExport: '这个页面上还没有可以导出的图。',
  badLink: (problems) => `这个链接中有部分内容无法使用，已改用默认值：${linkParts(problems)}。`,
  badSavedParts: (problems) =>
    `上次访问保存的设置中有部分内容无法使用，已改用默认值：${linkParts(problems)}。`,
  badSaved: (problem: SavedSceneProblem) =>
    ({
      corrupt: '上次访问保存的设置无法读取',
      version: '上次访问保存的设置来自另一个版本的 DeltaScope',
      size: '上次访问保存的设置大得异常',
    })[problem] + '，已丢弃并改用默认值。',
};

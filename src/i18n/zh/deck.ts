import { linkParts } from './share';
import type { DeckProblem, DeckTextField } from '../../lessons/deck';
import type { SavedDecksProblem } from '../../lessons/savedDecks';
import { groupDigits } from '../../math/shownNumber';
import { echo } from '../echo';
import type { deckEn } from '../en/deck';

const TEXT_NAMES: Record<DeckTextField, string> = {
  title: '标题',
  note: '备注',
  query: '链接参数',
};

function deckProblem(p: DeckProblem): string {
  switch (p.code) {
    case 'tooLarge':
      return `文件太大，不可能是幻灯片（超过 ${groupDigits(p.max)} 个字符）。`;
    case 'notJson':
      return '它不是 JSON 文件。';
    case 'notDeck':
      return '它不是 DeltaScope 的幻灯片。';
    case 'version':
      return `它来自另一个版本的 DeltaScope（版本 ${echo(p.found)}）。`;
    case 'noScenes':
      return '其中没有任何场景。';
    case 'tooManyScenes':
      return `其中有 ${groupDigits(p.count)} 个场景，一套幻灯片最多只能有 ${groupDigits(p.max)} 个。`;
    case 'notScene':
      return `第 ${p.scene} 个场景无效（没有标题、备注和链接参数）。`;
    case 'text': {
      const what =
        p.scene === null
          ? `幻灯片的${TEXT_NAMES[p.field]}`
          : `第 ${p.scene} 个场景的${TEXT_NAMES[p.field]}`;
      return p.issue === 'missing'
        ? `缺少${what}。`
        : `${what}超过了 ${groupDigits(p.max)} 个字符。`;
    }
    case 'noSceneFields':
      return `第 ${p.scene} 个场景的链接参数什么也不显示：其中没有页面、数字、步骤等任何课程链接字段。`;
    case 'sceneFields':
      return `第 ${p.scene} 个场景的链接参数中有无法使用的值：${linkParts(p.problems)}。`;
    case 'badLink':
      return '链接已损坏（可能被截断了）。';
  }
}

export const deckZh: typeof deckEn = {
  defaultTitle: '我的幻灯片',
  tools: '你的幻灯片',
  addScene: '+ 场景',
  addSceneTitle: '把当前画面作为一个场景加入幻灯片',
  added: (title, count) => `已添加“${title}”：幻灯片现有 ${groupDigits(count)} 个场景。`,
  full: (max) => `这套幻灯片已有 ${groupDigits(max)} 个场景，达到上限：请新建一套幻灯片。`,
  open: (count) => `幻灯片（${groupDigits(count)}）`,
  openTitle: (title, count) => `编辑并播放幻灯片“${title}”（${groupDigits(count)} 个场景）`,
  save: '保存',
  saveTitle: '把幻灯片保存为 JSON 文件，以便保留或分享',
  load: '打开',
  loadTitle: '打开一个幻灯片文件并播放',
  loadFile: '要打开的幻灯片文件',
  problem: deckProblem,
  badFile: (file, problem) => `无法把“${file}”作为幻灯片打开：${problem}你的幻灯片没有改动。`,
  badLink: (problem) => `无法打开这个链接中的幻灯片：${problem}`,
  badSaved: (problem: SavedDecksProblem) =>
    ({
      corrupt: '上次访问保存的幻灯片无法读取',
      version: '上次访问保存的幻灯片来自另一个版本的 DeltaScope',
      size: '上次访问保存的幻灯片大得异常',
    })[problem] + '，已放到一边并新建了一套幻灯片。',
  notKept: '这个浏览器无法保存你的幻灯片（存储空间已满或已关闭）：请把它们保存为文件。',
  panel: {
    heading: '你的幻灯片',
    close: '关闭',
    chooser: '幻灯片',
    choice: (title, count) => `${title}（${groupDigits(count)} 个场景）`,
    newDeck: '新建幻灯片',
    deleteDeck: '删除幻灯片',
    confirmDelete: (title) => `确定永久删除“${title}”吗？`,
    deleteYes: '删除',
    deleteNo: '保留',
    title: '幻灯片标题',
    count: (count) => `${groupDigits(count)} 个场景`,
    empty: '还没有场景。先设置好画面，再按页头的“+ 场景”。',
    scenes: '场景，按播放顺序排列',
    sceneTitle: (n) => `场景 ${n} 的标题`,
    sceneNote: (n) => `场景 ${n} 的备注，播放时作为旁白显示`,
    notePlaceholder: '备注（播放时作为旁白显示）',
    up: (n) => `把场景 ${n} 上移`,
    down: (n) => `把场景 ${n} 下移`,
    remove: (n) => `删除场景 ${n}`,
    playFrom: (n) => `从场景 ${n} 开始播放`,
    play: '▶ 播放',
    playTitle: '从第一个场景开始播放幻灯片',
    copyLink: '复制链接',
    copyLinkTitle: '复制一个能打开这套幻灯片的链接',
    linkCopied: '链接已复制',
    copyByHand: '请复制这个链接：',
    tooBig: '这套幻灯片太大，放不进链接：请把它保存为文件，再分享文件。',
  },
  sceneTitle: {
    digit: (d) => `数字 ${d}`,
    drawn: '手写数字',
    drawnAs: (d) => `手写的 ${d}`,
    step: (k) => `第 ${k} 步`,
    neuron: (id) => `神经元 ${id}`,
  },
};

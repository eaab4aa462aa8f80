import type { SavedSceneProblem } from '../../share/savedScene';
import type { SceneKey, SceneProblem } from '../../share/scene';
import { echo } from '../echo';

/** What each field of a link is called in a notice about it. */
const fieldsEn: Record<SceneKey, string> = {
  page: 'page',
  model: 'model',
  ex: 'MNIST digit',
  digit: 'drawn digit',
  label: 'label of the drawing',
  step: 'step',
  neuron: 'neuron',
  edge: 'edge',
  edges: 'edge display',
  theme: 'theme',
  palette: 'palette',
  lang: 'language',
  projector: 'projector mode',
  lr: 'learning rate',
  batch: 'mini-batch size',
  epochs: 'epochs per run',
  seed: 'seed',
  init: 'initialisation',
  start: 'start (only "random")',
  eta: 'η of the update step',
  lab: 'lab tab',
  'curve-eta': 'learning rate of the one-parameter curve',
  'curve-x': 'start of ball 1',
  'curve-balls': 'number of balls',
  'fit-eta': 'learning rate of the line fit',
  'fit-batch': 'mini-batch size of the line fit',
  'fit-start': 'start of the line fit',
  surface: 'weights of the cost surface',
  cell: 'recurrent cell',
  seqstep: 'step of the recurrence timeline',
};

const parts = (problems: readonly SceneProblem[]) =>
  problems.map((p) => `${fieldsEn[p.key]} "${echo(p.value)}"`).join(', ');

/** English strings of the share area; zh/share.ts must give every key the same shape. */
export const shareEn = {
  tools: 'Share and export',
  copyLink: 'Copy link',
  copyLinkTitle:
    'Copy a link that opens this view: page, digit, step, selected neuron, theme, language and settings',
  linkCopied: 'Link copied',
  linkCopiedDefaultModel:
    'Link copied. It opens the default model: weights trained here or loaded from a file do not travel in a link.',
  copyByHand: 'Copy this link:',
  close: 'Close',
  exportPng: 'PNG',
  exportPngTitle:
    'Download the scene (digit, network, outputs, legend, title and formula) as a PNG at twice its size, for slides',
  exportSvg: 'SVG',
  exportSvgTitle:
    'Download the scene as a vector SVG drawing (lines, circles and text), for slides',
  exportFailed: 'The view could not be exported.',
  nothingToExport: 'There is no figure on this page to export yet.',
  badLink: (problems: readonly SceneProblem[]) =>
    `Parts of this link could not be used, so defaults stand in for them: ${parts(problems)}.`,
  badSavedParts: (problems: readonly SceneProblem[]) =>
    `Parts of the settings kept from your last visit could not be used, so defaults stand in for them: ${parts(problems)}.`,
  badSaved: (problem: SavedSceneProblem) =>
    ({
      corrupt: 'The settings kept from your last visit could not be read',
      version: 'The settings kept from your last visit were saved by another version of DeltaScope',
      size: 'The settings kept from your last visit are unexpectedly large',
    })[problem] + ', so they were discarded and the defaults are used.',
};

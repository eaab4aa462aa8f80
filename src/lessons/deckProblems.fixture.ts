import type { DeckProblem } from './deck';

/** One refused deck of each kind, for the tests of what each language says of them. */
export const DECK_PROBLEMS: readonly DeckProblem[] = [
  { code: 'tooLarge', max: 2_000_000 },
  { code: 'notJson' },
  { code: 'notDeck' },
  { code: 'version', found: '"2"' },
  { code: 'noScenes' },
  { code: 'tooManyScenes', count: 201, max: 200 },
  { code: 'notScene', scene: 3 },
  { code: 'text', scene: null, field: 'title', issue: 'missing', max: 120 },
  { code: 'text', scene: 4, field: 'note', issue: 'tooLong', max: 1_000 },
  { code: 'noSceneFields', scene: 2 },
  { code: 'sceneFields', scene: 5, problems: [{ key: 'step', value: '99' }] },
  { code: 'badLink' },
];

import type { DeckProblem, DeckTextField } from '../../lessons/deck';
import type { SavedDecksProblem } from '../../lessons/savedDecks';
import { groupDigits } from '../../math/shownNumber';
import { echo } from '../echo';

const TEXT_NAMES: Record<DeckTextField, string> = {
  title: 'title',
  note: 'note',
  query: 'query (the lesson link’s fields)',
};

const scenes = (n: number) => `${groupDigits(n)} ${n === 1 ? 'scene' : 'scenes'}`;

/** What is wrong with a deck file or link, as the end of a sentence. */
function deckProblem(p: DeckProblem): string {
  switch (p.code) {
    case 'tooLarge':
      return `it is too large to be a deck (more than ${groupDigits(p.max)} characters).`;
    case 'notJson':
      return 'it is not a JSON file.';
    case 'notDeck':
      return 'it is not a DeltaScope deck.';
    case 'version':
      return `it was written by another version of DeltaScope (version ${echo(p.found)}).`;
    case 'noScenes':
      return 'it has no scenes.';
    case 'tooManyScenes':
      return `it has ${scenes(p.count)}; a deck holds at most ${groupDigits(p.max)}.`;
    case 'notScene':
      return `scene ${p.scene} is not a scene (it has no title, note and query).`;
    case 'text': {
      const what =
        p.scene === null
          ? `the deck’s ${TEXT_NAMES[p.field]}`
          : `the ${TEXT_NAMES[p.field]} of scene ${p.scene}`;
      return p.issue === 'missing'
        ? `${what} is missing.`
        : `${what} is longer than ${groupDigits(p.max)} characters.`;
    }
    case 'noSceneFields':
      return `the query of scene ${p.scene} shows nothing: it has no page, digit, step or other field of a lesson link.`;
    case 'sceneFields':
      return `the query of scene ${p.scene} has values that cannot be used: ${p.problems
        .map((f) => `${f.key}=${echo(f.value)}`)
        .join(', ')}.`;
    case 'badLink':
      return 'the link is damaged (it may have been cut short).';
  }
}

/** English strings of teachers' decks; zh/deck.ts must give every key the same shape. */
export const deckEn = {
  /** A new deck's title, stored as written (a later language switch leaves it). */
  defaultTitle: 'My deck',
  tools: 'Your deck of scenes',
  addScene: '+ Scene',
  addSceneTitle: 'Add what is on screen now to your deck as a scene',
  added: (title: string, count: number) => `Added “${title}”: the deck has ${scenes(count)}.`,
  full: (max: number) =>
    `The deck already holds ${groupDigits(max)} scenes, the most a deck can hold: start a new deck.`,
  open: (count: number) => `Deck (${groupDigits(count)})`,
  openTitle: (title: string, count: number) =>
    `Edit and play the deck “${title}” (${scenes(count)})`,
  save: 'Save',
  saveTitle: 'Save the deck as a file (.deltascope-deck.json) to keep or share',
  load: 'Open',
  loadTitle: 'Open a deck file and play it',
  loadFile: 'Deck file to open',
  problem: deckProblem,
  badFile: (file: string, problem: string) =>
    `“${file}” cannot be opened as a deck: ${problem} Your decks are unchanged.`,
  badLink: (problem: string) => `The deck in this link cannot be opened: ${problem}`,
  badSaved: (problem: SavedDecksProblem) =>
    ({
      corrupt: 'The decks kept from your last visit could not be read',
      version: 'The decks kept from your last visit were saved by another version of DeltaScope',
      size: 'The decks kept from your last visit are unexpectedly large',
    })[problem] + ', so they were set aside and a new deck was started.',
  notKept:
    'Your decks cannot be kept in this browser (its storage is full or switched off): save them as files.',
  panel: {
    heading: 'Your deck',
    close: 'Close',
    chooser: 'Deck',
    choice: (title: string, count: number) => `${title} (${scenes(count)})`,
    newDeck: 'New deck',
    deleteDeck: 'Delete deck',
    confirmDelete: (title: string) => `Delete “${title}” for good?`,
    deleteYes: 'Delete',
    deleteNo: 'Keep',
    title: 'Deck title',
    count: (count: number) => scenes(count),
    empty: 'No scenes yet. Set up a view, then press “+ Scene” in the header.',
    scenes: 'Scenes, in the order they are played',
    sceneTitle: (n: number) => `Title of scene ${n}`,
    sceneNote: (n: number) => `Note on scene ${n}, shown as its narration`,
    notePlaceholder: 'Note (shown as the narration)',
    up: (n: number) => `Move scene ${n} up`,
    down: (n: number) => `Move scene ${n} down`,
    remove: (n: number) => `Delete scene ${n}`,
    playFrom: (n: number) => `Play from scene ${n}`,
    play: '▶ Play',
    playTitle: 'Play the deck from its first scene',
    copyLink: 'Copy link',
    copyLinkTitle: 'Copy a link that opens this deck',
    linkCopied: 'Link copied',
    copyByHand: 'Copy this link:',
    tooBig: 'This deck is too big for a link: save it as a file and share the file instead.',
  },
  /** The parts of a scene's automatic title, joined by app.dot after the page's name. */
  sceneTitle: {
    digit: (d: number) => `digit ${d}`,
    drawn: 'drawn digit',
    drawnAs: (d: number) => `drawn ${d}`,
    step: (k: number) => `step ${k}`,
    neuron: (id: string) => `neuron ${id}`,
  },
};

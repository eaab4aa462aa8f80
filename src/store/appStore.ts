import { create } from 'zustand';
import type { BackpropSlice } from './backpropSlice';
import { createBackpropSlice } from './backpropSlice';
import type { DeckSlice } from './deckSlice';
import { createDeckSlice } from './deckSlice';
import type { DescentSlice } from './descentSlice';
import { createDescentSlice } from './descentSlice';
import type { DrawingSlice } from './drawingSlice';
import { createDrawingSlice } from './drawingSlice';
import type { ExampleSlice } from './exampleSlice';
import { createExampleSlice } from './exampleSlice';
import type { ModelSlice } from './modelSlice';
import { createModelSlice } from './modelSlice';
import type { PresentationSlice } from './presentationSlice';
import { createPresentationSlice } from './presentationSlice';
import type { SequenceSlice } from './sequenceSlice';
import { createSequenceSlice } from './sequenceSlice';
import type { SettingsSlice } from './settingsSlice';
import { createSettingsSlice } from './settingsSlice';
import type { TrainingSlice } from './trainingSlice';
import { createTrainingSlice } from './trainingSlice';
import type { ViewSlice } from './viewSlice';
import { createViewSlice } from './viewSlice';

export type AppState = ModelSlice &
  ExampleSlice &
  DrawingSlice &
  TrainingSlice &
  ViewSlice &
  BackpropSlice &
  DescentSlice &
  SequenceSlice &
  SettingsSlice &
  PresentationSlice &
  DeckSlice;

/** The one store of the page, built from slices. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createModelSlice(...a),
  ...createExampleSlice(...a),
  ...createDrawingSlice(...a),
  ...createTrainingSlice(...a),
  ...createViewSlice(...a),
  ...createBackpropSlice(...a),
  ...createDescentSlice(...a),
  ...createSequenceSlice(...a),
  ...createSettingsSlice(...a),
  ...createPresentationSlice(...a),
  ...createDeckSlice(...a),
}));

export type AppStore = typeof useAppStore;

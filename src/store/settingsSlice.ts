import type { StateCreator } from 'zustand';
import { preferredLanguage, type Language } from '../i18n/language';
import type { Palette, Theme } from '../vocabulary';
import type { AppState } from './appStore';

export interface SettingsSlice {
  language: Language;
  theme: Theme;
  palette: Palette;
  /** Full screen, large type, high contrast, controls tucked away. */
  projector: boolean;
  /** In projector mode, whether the tucked-away controls (model, training) are shown. */
  controlsShown: boolean;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
  setPalette(palette: Palette): void;
  setProjector(projector: boolean): void;
  setControlsShown(shown: boolean): void;
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages;

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  language: preferredLanguage(browserLanguages()),
  theme: 'dark',
  palette: 'standard',
  projector: false,
  controlsShown: false,
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
  setPalette: (palette) => set({ palette }),
  setProjector: (projector) => set({ projector, controlsShown: false }),
  setControlsShown: (controlsShown) => set({ controlsShown }),
});

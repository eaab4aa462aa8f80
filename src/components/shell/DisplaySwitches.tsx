import { useMessages } from '../../i18n/useMessages';
import type { Palette, Theme } from '../../vocabulary';
import { useAppStore } from '../../store/appStore';
import { fullScreenAvailable, toggleFullScreen, useFullScreen } from './fullScreen';
import { Segmented } from '../ui/Segmented';
import { usePageKey } from '../ui/usePageKey';

/** Four corners pointing out (go full screen) or in (leave it). */
const ENTER_CORNERS = 'M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4';
const EXIT_CORNERS = 'M5 1v4H1M15 5h-4V1M11 15v-4h4M1 11h4v4';

/** P switches projector mode and F full screen, from anywhere. */
function displayKeys(key: string): boolean {
  if (key === 'p' || key === 'P') {
    const s = useAppStore.getState();
    s.setProjector(!s.projector);
    return true;
  }
  if (key === 'f' || key === 'F') {
    toggleFullScreen();
    return true;
  }
  return false;
}

/** Theme, colour palette, projector mode and full screen. */
export function DisplaySwitches() {
  const m = useMessages().projector;
  const theme = useAppStore((s) => s.theme);
  const palette = useAppStore((s) => s.palette);
  const projector = useAppStore((s) => s.projector);
  const controlsShown = useAppStore((s) => s.controlsShown);
  const setTheme = useAppStore((s) => s.setTheme);
  const setPalette = useAppStore((s) => s.setPalette);
  const setControlsShown = useAppStore((s) => s.setControlsShown);
  const setProjector = useAppStore((s) => s.setProjector);
  const fullScreen = useFullScreen();

  usePageKey(displayKeys);

  return (
    <div className="display-switches" role="group" aria-label={m.display}>
      <Segmented<Theme>
        label={m.theme}
        kind="radio"
        value={theme}
        options={[
          { value: 'dark', label: m.themeDark, testId: 'theme-dark' },
          { value: 'light', label: m.themeLight, testId: 'theme-light' },
        ]}
        onChange={setTheme}
      />
      <Segmented<Palette>
        label={m.palette}
        kind="radio"
        value={palette}
        options={[
          { value: 'standard', label: m.paletteStandard, testId: 'palette-standard' },
          { value: 'colourblind', label: m.paletteColourblind, testId: 'palette-colourblind' },
        ]}
        onChange={setPalette}
      />
      <button
        type="button"
        data-testid="projector-toggle"
        aria-pressed={projector}
        title={projector ? m.projectorOff : m.projectorOn}
        onClick={() => setProjector(!projector)}
      >
        {m.projector}
      </button>
      {fullScreenAvailable() && (
        <button
          type="button"
          className="fullscreen-toggle"
          data-testid="fullscreen-toggle"
          aria-pressed={fullScreen}
          aria-label={fullScreen ? m.fullScreenOff : m.fullScreenOn}
          title={fullScreen ? m.fullScreenOff : m.fullScreenOn}
          onClick={toggleFullScreen}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d={fullScreen ? EXIT_CORNERS : ENTER_CORNERS} />
          </svg>
        </button>
      )}
      {projector && (
        <button
          type="button"
          data-testid="projector-controls"
          aria-expanded={controlsShown}
          title={m.controlsHint}
          onClick={() => setControlsShown(!controlsShown)}
        >
          {m.controls} {controlsShown ? '▴' : '▾'}
        </button>
      )}
    </div>
  );
}

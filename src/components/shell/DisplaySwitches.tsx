import { useMessages } from '../../i18n/useMessages';
import type { Palette, Theme } from '../../vocabulary';
import { useAppStore } from '../../store/appStore';
import { setProjectorMode } from './projectorMode';
import { Segmented } from '../ui/Segmented';
import { usePageKey } from '../ui/usePageKey';

/** P switches projector mode from anywhere. */
function toggleProjectorOnP(key: string): boolean {
  if (key !== 'p' && key !== 'P') return false;
  setProjectorMode(!useAppStore.getState().projector);
  return true;
}

/** Theme, colour palette and projector mode; P switches projector mode from anywhere. */
export function DisplaySwitches() {
  const m = useMessages().projector;
  const theme = useAppStore((s) => s.theme);
  const palette = useAppStore((s) => s.palette);
  const projector = useAppStore((s) => s.projector);
  const controlsShown = useAppStore((s) => s.controlsShown);
  const setTheme = useAppStore((s) => s.setTheme);
  const setPalette = useAppStore((s) => s.setPalette);
  const setControlsShown = useAppStore((s) => s.setControlsShown);

  usePageKey(toggleProjectorOnP);

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
        onClick={() => setProjectorMode(!projector)}
      >
        {m.projector}
      </button>
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

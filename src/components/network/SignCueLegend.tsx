import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';

/**
 * In the colour-blind palette, says how weight sign is drawn: solid blue lines for positive,
 * dashed orange for negative, so no one has to tell the hues apart.
 */
export function SignCueLegend() {
  const colourblind = useAppStore((s) => s.palette === 'colourblind');
  const m = useMessages().projector;
  if (!colourblind) return null;
  return (
    <p className="caption legend" data-testid="sign-cue-legend">
      <span className="sign-cue" aria-hidden="true" />
      <span className="sign-cue negative" aria-hidden="true" />
      {m.signLegendColourblind}
    </p>
  );
}

import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../store/appStore';

/**
 * The name of the negative sign's colour in a legend: the standard palette's word (red), or
 * orange in the colour-blind palette, where negative is drawn orange and dashed.
 */
export function NegativeName({ standard }: { standard: string }) {
  const colourblind = useAppStore((s) => s.palette === 'colourblind');
  const m = useMessages().projector;
  const name = standard.startsWith('■') ? m.orangeSquare : m.orange;
  return <span className="sym-neg">{colourblind ? name : standard}</span>;
}

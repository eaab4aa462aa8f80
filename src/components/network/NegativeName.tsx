import { useMessages } from '../../i18n/useMessages';
import { useAppStore } from '../../store/appStore';

/**
 * The name of the negative sign's colour in a legend: the standard palette's word (red), or
 * orange in the colour-blind palette, where negative is drawn orange and dashed. `square`: the
 * word follows a colour swatch (■), as in the network's legend.
 */
export function NegativeName({ standard, square = false }: { standard: string; square?: boolean }) {
  const colourblind = useAppStore((s) => s.palette === 'colourblind');
  const m = useMessages().projector;
  const name = square ? m.orangeSquare : m.orange;
  return <span className="sym-neg">{colourblind ? name : standard}</span>;
}

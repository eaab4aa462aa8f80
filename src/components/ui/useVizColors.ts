import { useAppStore } from '../../store/appStore';
import { vizColors } from '../../viz/palette';

/** The painters' colours for the current theme, palette and projector mode (stable object). */
export const useVizColors = () => useAppStore((s) => vizColors(s));

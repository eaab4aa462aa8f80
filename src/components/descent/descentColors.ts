import { COLORS } from '../../config';

/** The balls of the 1-D curve, first ball white. */
export const BALL_COLORS = [COLORS.text, COLORS.raise, COLORS.lower, COLORS.z] as const;

/** The two methods on the 2-D map, and the downhill arrow (a desired nudge, as elsewhere). */
export const GD_COLOR = COLORS.text;
export const SGD_COLOR = COLORS.lower;
export const DOWNHILL_COLOR = COLORS.raise;

/** Contour shading from the lowest cost on a map (dark) to the highest (light). */
export const SURFACE_LOW = '#0d1d33';
export const SURFACE_HIGH = '#6b7fa6';

import type { projectorEn } from '../en/projector';

export const projectorZh: typeof projectorEn = {};

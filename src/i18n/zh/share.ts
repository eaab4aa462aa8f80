import type { shareEn } from '../en/share';

export const shareZh: typeof shareEn = {};

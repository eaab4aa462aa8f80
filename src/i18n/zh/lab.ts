import type { labEn } from '../en/lab';

export const labZh: typeof labEn = {};

import type { descentEn } from '../en/descent';

export const descentZh: typeof descentEn = {};

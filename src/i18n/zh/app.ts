import type { appEn } from '../en/app';

export const appZh: typeof appEn = {
  language: '语言',
};

/** English strings of the share area; zh/share.ts must give every key the same shape. */
export const shareEn = {};

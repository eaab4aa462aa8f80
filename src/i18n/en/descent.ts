/** English strings of the descent area; zh/descent.ts must give every key the same shape. */
export const descentEn = {};

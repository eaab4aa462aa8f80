/** English strings of the lab area; zh/lab.ts must give every key the same shape. */
export const labEn = {};

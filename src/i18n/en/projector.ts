/** English strings of the projector area; zh/projector.ts must give every key the same shape. */
export const projectorEn = {};

/** English strings of the main views; zh/app.ts must give every key the same shape. */
export const appEn = {
  language: 'Language',
};

/** A name followed by characters: one that ends in a digit or a letter gets a space ("隐含层 2 的"). */
export const spaced = (name: string) =>
  /[0-9A-Za-z\u0370-\u03ff]$/.test(name) ? `${name} ` : name;

/** A name after Chinese words: set off by a space unless it is Chinese itself ("传给苹果", "传给 x"). */
export const spacedBefore = (name: string) => (/^\p{Script=Han}/u.test(name) ? name : ` ${name}`);

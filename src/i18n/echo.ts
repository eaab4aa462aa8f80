/**
 * Text the user gave (a link's value, a file's name, a model file's words) as a message may
 * repeat it: characters that would hide, break or reorder it are written out, and it is set
 * apart from the message's own direction.
 */

/**
 * Controls, formatting characters (bidirectional overrides and isolates, zero-width spaces),
 * line and paragraph separators and lone surrogates. The zero-width joiners stay: scripts and
 * emoji need them, and they reorder nothing.
 */
const UNSEEN = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** Starts and ends an isolate: Unicode's <bdi>, so a reversed echo cannot reverse the message. */
export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';

/** `text` with every unseen character written as its \u escape. */
export function visible(text: string): string {
  return text.replace(UNSEEN, (c) => {
    const hex = c.codePointAt(0)!.toString(16).toUpperCase();
    return hex.length <= 4 ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
  });
}

/** `text` made visible and isolated, to sit inside a message. */
export const echo = (text: string): string => ISOLATE_START + visible(text) + ISOLATE_END;

/** Message text split around its echoes: plain text at even places, echoed text at odd ones. */
export const splitEchoes = (text: string): string[] =>
  text.split(new RegExp(`${ISOLATE_START}(.*?)${ISOLATE_END}`, 's'));

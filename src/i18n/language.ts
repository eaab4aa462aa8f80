/** The interface languages: English, and Simplified Chinese for the courses the notes come from. */
export type Language = 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

export const isLanguage = (x: unknown): x is Language => x === 'en' || x === 'zh';

/** The first of the browser's preferred languages the app speaks; English otherwise. */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

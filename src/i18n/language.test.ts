import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './language';

describe('preferredLanguage', () => {
  it('takes the first language the app speaks', () => {
    expect(preferredLanguage(['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(preferredLanguage(['en-GB', 'zh-TW'])).toBe('en');
    expect(preferredLanguage(['zh-Hans-CN'])).toBe('zh');
  });
  it('falls back to English', () => {
    expect(preferredLanguage(['de', 'ja'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});

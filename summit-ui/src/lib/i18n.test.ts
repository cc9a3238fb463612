import { describe, expect, it } from 'vitest';

import { createI18n, detectLanguage, languageStorageKey, localize } from '@/lib/i18n';

function storageWith(value: string | null) {
  const saved = new Map<string, string>();
  if (value !== null) {
    saved.set(languageStorageKey, value);
  }
  return {
    saved,
    getItem: (key: string) => saved.get(key) ?? null,
    setItem: (key: string, item: string) => {
      saved.set(key, item);
    },
  };
}

describe('detectLanguage', () => {
  it('prefers the language chosen before', () => {
    expect(detectLanguage(storageWith('en'), ['zh-TW'])).toBe('en');
    expect(detectLanguage(storageWith('zh-Hant'), ['en-US'])).toBe('zh-Hant');
  });

  it.each([['zh-TW'], ['zh-Hant-HK'], ['zh'], ['zh-CN']])(
    'starts in Traditional Chinese for a browser set to %s',
    (tag) => {
      expect(detectLanguage(storageWith(null), [tag, 'en'])).toBe('zh-Hant');
    },
  );

  it('starts in English for any other browser language or none', () => {
    expect(detectLanguage(storageWith(null), ['fr-FR', 'zh-TW'])).toBe('en');
    expect(detectLanguage(storageWith(null), [])).toBe('en');
    expect(detectLanguage(undefined, [''])).toBe('en');
  });

  it('ignores a stored value that is no supported language', () => {
    expect(detectLanguage(storageWith('de'), ['zh-TW'])).toBe('zh-Hant');
  });
});

describe('createI18n', () => {
  it('sets <html lang> at start and on every change, and remembers the choice', async () => {
    const storage = storageWith(null);
    const i18n = createI18n('zh-Hant', storage);
    expect(document.documentElement.lang).toBe('zh-Hant');
    expect(document.title).toBe('Summit – 國際高峰會軟體');

    await i18n.changeLanguage('en');

    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Summit – software for international summits');
    expect(storage.saved.get(languageStorageKey)).toBe('en');
  });

  it('keeps working when the storage refuses to save', async () => {
    const i18n = createI18n('en', {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    await i18n.changeLanguage('zh-Hant');
    expect(document.documentElement.lang).toBe('zh-Hant');
  });
});

describe('localize', () => {
  it('falls back to the other language when a text is missing', () => {
    expect(localize({ 'zh-Hant': '臺北', en: 'Taipei' }, 'zh-Hant')).toBe('臺北');
    expect(localize({ en: 'Taipei' }, 'zh-Hant')).toBe('Taipei');
    expect(localize({ 'zh-Hant': '臺北' }, 'en')).toBe('臺北');
  });
});

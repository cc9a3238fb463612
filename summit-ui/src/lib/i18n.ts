import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

import en from '@/locales/en.json';
import problemsEn from '@/locales/problems.en.json';
import problemsZhHant from '@/locales/problems.zh-Hant.json';
import zhHant from '@/locales/zh-Hant.json';
import type { LocalizedText } from '@/types/api';

export const languages = ['zh-Hant', 'en'] as const;
export type Language = (typeof languages)[number];

export const languageStorageKey = 'summit.language';

// Dates and numbers follow Taiwan's conventions in Chinese and international (day month year)
// ones in English, as at the 2016 summit in Taipei.
const intlLocales: Record<Language, string> = { 'zh-Hant': 'zh-Hant-TW', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function intlLocale(language: Language): string {
  return intlLocales[language];
}

type LanguageStore = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): LanguageStore | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (private browsing, strict cookie settings).
    return undefined;
  }
}

function readStored(storage: LanguageStore | undefined): string | null {
  try {
    return storage?.getItem(languageStorageKey) ?? null;
  } catch {
    return null;
  }
}

/**
 * The language to start in: the one the user chose before, else the browser's first preference
 * (any Chinese variant gives Traditional Chinese), else English.
 */
export function detectLanguage(
  storage: LanguageStore | undefined = browserStorage(),
  preferred: readonly string[] = navigator.languages.length > 0
    ? navigator.languages
    : [navigator.language],
): Language {
  const stored = readStored(storage);
  if (isLanguage(stored)) {
    return stored;
  }
  const first = preferred.find((tag) => tag.trim() !== '');
  return first?.toLowerCase().startsWith('zh') ? 'zh-Hant' : 'en';
}

function applyToDocument(instance: I18n, language: Language): void {
  document.documentElement.lang = language;
  document.title = instance.t('app.title');
}

/**
 * A ready i18next instance. Each language change is applied at once to `<html lang>` and the
 * document title, and remembered in `storage` for the next visit.
 */
export function createI18n(
  language: Language = detectLanguage(),
  storage: LanguageStore | undefined = browserStorage(),
): I18n {
  const instance = createInstance();
  instance.on('languageChanged', (changed) => {
    if (!isLanguage(changed)) {
      return;
    }
    applyToDocument(instance, changed);
    try {
      storage?.setItem(languageStorageKey, changed);
    } catch {
      // Not remembering the choice is acceptable; failing to switch is not.
    }
  });
  void instance.use(initReactI18next).init({
    // The server's problem codes have a namespace of their own, with flat keys such as `city.code.taken`:
    // see problemText in lib/problem-text.ts.
    resources: {
      'zh-Hant': { translation: zhHant, problems: problemsZhHant },
      en: { translation: en, problems: problemsEn },
    },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: languages,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(instance, language);
  return instance;
}

/** The language the interface shows now. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(current) ? current : 'en';
}

/** The text in `language`, falling back to the other language rather than showing nothing. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en ?? text['zh-Hant'] ?? '';
}

/**
 * An instant (ISO 8601) as a date and time written as `language` does, in `timeZone` (an IANA
 * name, such as the summit's) or else in the viewer's own time zone.
 */
export function formatDateTime(instant: string, language: Language, timeZone?: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return instant;
  }
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

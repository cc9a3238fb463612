import type { Language } from '@/lib/i18n';
import type { LocalizedText } from '@/types/api';

export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'zh-Hant' : 'en';
}

export interface LanguageVersion {
  text: string;
  lang: Language;
}

/**
 * A bilingual text split for display: the interface's language first (or whichever language
 * there is), and the other one, if there is one, to show beside it.
 */
export function splitBilingual(
  text: LocalizedText,
  language: Language,
): { primary: LanguageVersion; secondary: LanguageVersion | null } {
  const first = text[language]?.trim() ? language : otherLanguage(language);
  const second = otherLanguage(first);
  const secondText = text[second]?.trim();
  return {
    primary: { text: text[first] ?? '', lang: first },
    secondary: secondText ? { text: secondText, lang: second } : null,
  };
}

import { intlLocale, type Language } from '@/lib/i18n';

function displayName(code: string, type: 'region' | 'language', language: Language): string {
  try {
    return (
      new Intl.DisplayNames([intlLocale(language)], { type, fallback: 'code' }).of(code) ?? code
    );
  } catch {
    // Not a well-formed code: show it as the server sent it.
    return code;
  }
}

/** A country's name in `language` from its ISO 3166-1 alpha-2 code, e.g. 臺灣 or Taiwan for TW. */
export function countryName(code: string, language: Language): string {
  return displayName(code.toUpperCase(), 'region', language);
}

/** The names of languages in `language` from their BCP 47 tags, as one list, e.g. 英文、法文. */
export function languageNames(tags: readonly string[], language: Language): string {
  const names = tags.map((tag) => displayName(tag, 'language', language));
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(names);
}

/** A calendar date (`2016-03-22`) as `language` writes it, the same day in every time zone. */
export function formatDay(day: string, language: Language): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return day;
  }
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

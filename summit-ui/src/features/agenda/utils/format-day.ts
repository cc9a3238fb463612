import { intlLocale, type Language } from '@/lib/i18n';

/** A calendar day (`2016-03-23`) written as `language` writes it, with its weekday. */
export function formatDay(
  day: string,
  language: Language,
  style: 'full' | 'short' = 'full',
): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) {
    return day;
  }
  const utc = new Date(Date.UTC(year, month - 1, date));
  if (Number.isNaN(utc.getTime())) {
    return day;
  }
  return new Intl.DateTimeFormat(
    intlLocale(language),
    style === 'full'
      ? { dateStyle: 'full', timeZone: 'UTC' }
      : { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' },
  ).format(utc);
}

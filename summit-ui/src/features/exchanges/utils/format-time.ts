import { intlLocale, type Language } from '@/lib/i18n';

/**
 * Exchange times are local date-times of the summit's zone (`2016-03-23T14:00:00`), as the
 * programme writes its sessions: shown as they are, the day as `language` writes it and the time
 * as a clock shows it, never moved to the browser's zone.
 */
export function formatDay(localDateTime: string, language: Language): string {
  const [year, month, day] = localDateTime.slice(0, 10).split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    return localDateTime;
  }
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(utc.getTime())) {
    return localDateTime;
  }
  return new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utc);
}

/** `HH:mm` of a local date-time. */
export function clockTime(localDateTime: string): string {
  return localDateTime.slice(11, 16);
}

/** A span on one day: "Wed 23 Mar 14:00–14:30" (or its Chinese form). */
export function formatSpan(startsAt: string, endsAt: string, language: Language): string {
  return `${formatDay(startsAt, language)} ${clockTime(startsAt)}–${clockTime(endsAt)}`;
}

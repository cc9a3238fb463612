import type { TFunction } from 'i18next';

import { intlLocale, type Language } from '@/lib/i18n';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: string): Date | undefined {
  const match = isoDate.exec(value);
  if (!match) {
    return undefined;
  }
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    return undefined;
  }
  // Calendar dates: read and written in UTC so that no time zone moves them a day.
  return new Date(Date.UTC(year, month - 1, day));
}

interface DateParts {
  full: string;
  year: string;
  month: string;
  day: string;
}

function partsOf(date: Date, locale: string): DateParts {
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { full: format.format(date), year: part('year'), month: part('month'), day: part('day') };
}

/**
 * The days from `startsOn` to `endsOn` as a person writes them in `language`: "2016年3月23日至24日"
 * or "23–24 March 2016". The patterns live in the translation files (`summit.dates.*`), because
 * `Intl.DateTimeFormat.formatRange` writes ranges differently from one ICU version to the next.
 */
export function formatDateRange(
  startsOn: string,
  endsOn: string,
  language: Language,
  t: TFunction,
): string {
  const start = parseIsoDate(startsOn);
  const end = parseIsoDate(endsOn);
  if (!start || !end) {
    return startsOn === endsOn ? startsOn : `${startsOn} – ${endsOn}`;
  }
  const locale = intlLocale(language);
  const from = partsOf(start, locale);
  const to = partsOf(end, locale);
  const values = {
    start: from.full,
    end: to.full,
    year: from.year,
    startMonth: from.month,
    endMonth: to.month,
    startDay: from.day,
    endDay: to.day,
    lng: language,
  };
  if (start.getTime() === end.getTime()) {
    return t('summit.dates.sameDay', values);
  }
  if (start.getUTCFullYear() !== end.getUTCFullYear()) {
    return t('summit.dates.otherYears', values);
  }
  if (start.getUTCMonth() !== end.getUTCMonth()) {
    return t('summit.dates.sameYear', values);
  }
  return t('summit.dates.sameMonth', values);
}

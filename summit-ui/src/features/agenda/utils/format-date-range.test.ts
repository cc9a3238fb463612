import { describe, expect, it } from 'vitest';

import { createI18n, type Language } from '@/lib/i18n';

import { formatDateRange } from '@/features/agenda/utils/format-date-range';

function format(startsOn: string, endsOn: string, language: Language): string {
  const i18n = createI18n(language, undefined);
  return formatDateRange(startsOn, endsOn, language, i18n.t);
}

describe('formatDateRange', () => {
  it.each([
    ['2016-03-23', '2016-03-24', 'zh-Hant', '2016年3月23日至24日'],
    ['2016-03-23', '2016-03-24', 'en', '23–24 March 2016'],
    ['2016-03-30', '2016-04-02', 'zh-Hant', '2016年3月30日至4月2日'],
    ['2016-03-30', '2016-04-02', 'en', '30 March – 2 April 2016'],
    ['2016-12-30', '2017-01-02', 'zh-Hant', '2016年12月30日至2017年1月2日'],
    ['2016-12-30', '2017-01-02', 'en', '30 December 2016 – 2 January 2017'],
    ['2016-03-23', '2016-03-23', 'zh-Hant', '2016年3月23日'],
    ['2016-03-23', '2016-03-23', 'en', '23 March 2016'],
  ] as const)('writes %s to %s in %s as "%s"', (startsOn, endsOn, language, expected) => {
    expect(format(startsOn, endsOn, language)).toBe(expected);
  });

  it('keeps dates it cannot read as they are rather than inventing others', () => {
    expect(format('2016-3-23', '2016-03-24', 'en')).toBe('2016-3-23 – 2016-03-24');
  });
});

import { describe, expect, it } from 'vitest';

import { convert, instantOf } from '@/features/agenda/utils/zoned-time';

describe('zoned time', () => {
  it('finds the instant a Taipei clock shows', () => {
    expect(new Date(instantOf('2016-03-23T09:30:00', 'Asia/Taipei')).toISOString()).toBe(
      '2016-03-23T01:30:00.000Z',
    );
  });

  it('shows a Taipei morning on Amsterdam and New York clocks, across summer time', () => {
    // Amsterdam is still on winter time on 23 March 2016 (UTC+1); New York already on summer time.
    expect(convert('2016-03-23T09:30:00', 'Asia/Taipei', 'Europe/Amsterdam')).toEqual({
      day: '2016-03-23',
      minutes: 2 * 60 + 30,
      time: '02:30',
    });
    expect(convert('2016-03-23T09:30:00', 'Asia/Taipei', 'America/New_York')).toEqual({
      day: '2016-03-22',
      minutes: 21 * 60 + 30,
      time: '21:30',
    });
  });

  it('settles a time just after a change of offset', () => {
    // Amsterdam moved to summer time at 02:00 on 27 March 2016: 03:30 is UTC+2.
    expect(new Date(instantOf('2016-03-27T03:30:00', 'Europe/Amsterdam')).toISOString()).toBe(
      '2016-03-27T01:30:00.000Z',
    );
  });

  it('keeps the reading when the zones are the same', () => {
    expect(convert('2016-03-24T16:05:00', 'Asia/Taipei', 'Asia/Taipei').time).toBe('16:05');
  });
});

import { describe, expect, it } from 'vitest';

import {
  daysBetween,
  hoursOf,
  moved,
  resized,
  snappedMinutes,
} from '@/features/agenda/utils/timetable';

const keynote = { roomId: 'hall', startsAt: '2016-03-23T09:00:00', endsAt: '2016-03-23T09:45:00' };

describe('timetable', () => {
  it('snaps a drag to five minutes', () => {
    expect(snappedMinutes(2 * 33)).toBe(35);
    expect(snappedMinutes(-2 * 12)).toBe(-10);
  });

  it('moves a session in time and across rooms, keeping its length', () => {
    expect(moved(keynote, 30, 1, ['hall', 'forum', 'salon'])).toEqual({
      roomId: 'forum',
      startsAt: '2016-03-23T09:30:00',
      endsAt: '2016-03-23T10:15:00',
    });
    expect(moved(keynote, 0, 5, ['hall', 'forum']).roomId).toBe('forum');
  });

  it('resizes a session to no less than five minutes', () => {
    expect(resized(keynote, 15).endsAt).toBe('2016-03-23T10:00:00');
    expect(resized(keynote, -120).endsAt).toBe('2016-03-23T09:05:00');
  });

  it('lists the days of the summit and the hours of a day', () => {
    expect(daysBetween('2016-03-23', '2016-03-24')).toEqual(['2016-03-23', '2016-03-24']);
    expect(hoursOf([keynote], [{ opensAt: '07:30:00', closesAt: '19:15:00' }])).toEqual({
      from: 7 * 60,
      to: 20 * 60,
    });
  });
});

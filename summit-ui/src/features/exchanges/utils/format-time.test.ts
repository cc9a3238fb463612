import { describe, expect, it } from 'vitest';

import { formatSpan, seconds } from '@/features/exchanges/utils/format-time';

describe('exchange times', () => {
  it('reads durations as the server writes them: nanoseconds, or ISO 8601', () => {
    expect(seconds(6_000_000_000)).toBe(6);
    expect(seconds('115000000')).toBeCloseTo(0.115);
    expect(seconds('PT12.5S')).toBe(12.5);
    expect(seconds('PT1M30S')).toBe(90);
    expect(seconds('soon')).toBe(0);
  });

  it("writes a meeting's span in the summit's local time, as it is, in either language", () => {
    expect(formatSpan('2016-03-24T11:20:00', '2016-03-24T11:50:00', 'en')).toBe(
      'Thu 24 Mar 11:20–11:50',
    );
    expect(formatSpan('2016-03-24T11:20:00', '2016-03-24T11:50:00', 'zh-Hant')).toMatch(
      /3月24日.*11:20–11:50$/,
    );
  });
});

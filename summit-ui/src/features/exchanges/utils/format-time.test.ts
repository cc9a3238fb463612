import { describe, expect, it } from 'vitest';

import { formatSpan } from '@/features/exchanges/utils/format-time';

describe('exchange times', () => {
  it("writes a meeting's span in the summit's local time, as it is, in either language", () => {
    expect(formatSpan('2016-03-24T11:20:00', '2016-03-24T11:50:00', 'en')).toBe(
      'Thu 24 Mar 11:20–11:50',
    );
    expect(formatSpan('2016-03-24T11:20:00', '2016-03-24T11:50:00', 'zh-Hant')).toMatch(
      /3月24日.*11:20–11:50$/,
    );
  });
});

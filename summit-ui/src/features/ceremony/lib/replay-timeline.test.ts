import { describe, expect, it } from 'vitest';

import { shownCount, timelineOf } from '@/features/ceremony/lib/replay-timeline';
import type { SealedRecord, SignatureRecord } from '@/features/ceremony/types';

const signature = (signatoryId: string, times: string[]): SignatureRecord => ({
  position: 1,
  signatoryId,
  cityId: signatoryId,
  cityName: { 'zh-Hant': signatoryId, en: signatoryId },
  name: { 'zh-Hant': signatoryId, en: signatoryId },
  title: null,
  status: 'confirmed',
  confirmedAt: null,
  batches: times.map((acceptedAt, i) => ({
    seq: i + 1,
    acceptedAt,
    points: [{ s: 0, x: 0.1, y: 0.1, p: 0.5, t: i }],
  })),
});

const record = (signatures: SignatureRecord[]) => ({ signatures }) as unknown as SealedRecord;

describe('the replay’s timeline', () => {
  it('times every batch from the first one accepted in the whole ceremony', () => {
    const timeline = timelineOf(
      record([
        signature('a', ['2016-09-27T08:00:01.000Z', '2016-09-27T08:00:01.033Z']),
        signature('b', ['2016-09-27T08:00:00.000Z', '2016-09-27T08:00:05.000Z']),
      ]),
    );

    expect(timeline.duration).toBe(5_000);
    expect(timeline.signatures.get('a')?.map((b) => b.at)).toEqual([1_000, 1_033]);
    expect(timeline.signatures.get('b')?.map((b) => b.at)).toEqual([0, 5_000]);
  });

  it('shows the batches accepted by the time elapsed', () => {
    const timeline = timelineOf(
      record([
        signature('a', [
          '2016-09-27T08:00:00.000Z',
          '2016-09-27T08:00:00.033Z',
          '2016-09-27T08:00:00.066Z',
        ]),
      ]),
    );

    expect(shownCount(timeline, 'a', -1)).toBe(0);
    expect(shownCount(timeline, 'a', 0)).toBe(1);
    expect(shownCount(timeline, 'a', 50)).toBe(2);
    expect(shownCount(timeline, 'a', 66)).toBe(3);
    expect(shownCount(timeline, 'nobody', 66)).toBe(0);
  });
});

describe('the batches a replay shows', () => {
  it('are the same array while no batch of the signatory appears', () => {
    const timeline = timelineOf(
      record([signature('a', ['2016-09-27T08:00:00.000Z', '2016-09-27T08:00:01.000Z'])]),
    );

    const early = timeline.shown('a', 10);
    expect(timeline.shown('a', 500)).toBe(early);
    expect(early.map((b) => b.seq)).toEqual([1]);
    expect(timeline.shown('a', 1_000).map((b) => b.seq)).toEqual([1, 2]);
  });
});

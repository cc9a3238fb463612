import type { DrawnBatch } from '@/features/ceremony/lib/signature-feed';
import type { SealedRecord } from '@/features/ceremony/types';

/** A sealed ceremony's batches on one clock: each signatory's, and when each was accepted. */
export interface ReplayTimeline {
  /** From the first batch accepted to the last, in milliseconds. */
  duration: number;
  /** Each signatory's batches in order, with their time from the first batch of the ceremony. */
  signatures: Map<string, { at: number; batch: DrawnBatch }[]>;
  /**
   * The signatory's batches shown `elapsed` ms in, as the same array while their number stays the
   * same, so that a block is redrawn only when a batch of its own appears.
   */
  shown: (signatoryId: string, elapsed: number) => readonly DrawnBatch[];
}

/** The replay's clock: batches' `acceptedAt`, relative to the earliest of the whole ceremony. */
export function timelineOf(record: SealedRecord): ReplayTimeline {
  const times = record.signatures.flatMap((signature) =>
    signature.batches.map((batch) => Date.parse(batch.acceptedAt)),
  );
  const valid = times.filter((time) => !Number.isNaN(time));
  const start = valid.length > 0 ? Math.min(...valid) : 0;
  const end = valid.length > 0 ? Math.max(...valid) : 0;
  const signatures = new Map<string, { at: number; batch: DrawnBatch }[]>();
  for (const signature of record.signatures) {
    signatures.set(
      signature.signatoryId,
      [...signature.batches]
        .sort((a, b) => a.seq - b.seq)
        .map((batch) => {
          const time = Date.parse(batch.acceptedAt);
          return {
            at: Number.isNaN(time) ? 0 : time - start,
            batch: { seq: batch.seq, points: batch.points, acceptedAt: batch.acceptedAt },
          };
        }),
    );
  }
  const timeline: ReplayTimeline = {
    duration: end - start,
    signatures,
    shown: (signatoryId, elapsed) => {
      const count = shownCount(timeline, signatoryId, elapsed);
      let lists = prefixes.get(signatoryId);
      if (!lists) {
        lists = [];
        prefixes.set(signatoryId, lists);
      }
      lists[count] ??= (signatures.get(signatoryId) ?? [])
        .slice(0, count)
        .map((entry) => entry.batch);
      return lists[count];
    },
  };
  const prefixes = new Map<string, DrawnBatch[][]>();
  return timeline;
}

/** How many of a signatory's batches have been accepted `elapsed` ms into the replay. */
export function shownCount(timeline: ReplayTimeline, signatoryId: string, elapsed: number): number {
  const batches = timeline.signatures.get(signatoryId) ?? [];
  // Accepted in order, so the shown ones are a prefix: find its end by halving.
  let low = 0;
  let high = batches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((batches[middle]?.at ?? Infinity) <= elapsed) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

import type { StrokePoint } from '@/features/ceremony/types';

/** One stroke batch as a block draws it. */
export interface DrawnBatch {
  seq: number;
  points: StrokePoint[];
  /** When the server accepted it (ISO 8601), if known. */
  acceptedAt?: string | undefined;
}

type Entry = { kind: 'strokes'; batch: DrawnBatch } | { kind: 'clear' };

const noBatches: readonly DrawnBatch[] = Object.freeze([]);

/**
 * The big screen's copy of every signature: one entry per (signatory, seq), whatever order and
 * however often the messages come (a reconnected screen is sent everything again), and each
 * signature's batches after its last clear, in sequence order. The array for a signatory is kept
 * until it changes, so a block redraws only when its own signature did.
 */
export class SignatureFeed {
  private readonly entries = new Map<string, Map<number, Entry>>();
  private readonly visible = new Map<string, readonly DrawnBatch[]>();

  /** Takes a stroke batch; false if the screen already had it. */
  addStrokes(signatoryId: string, batch: DrawnBatch): boolean {
    return this.add(signatoryId, batch.seq, { kind: 'strokes', batch });
  }

  /** Takes a clear; false if the screen already had it. */
  addClear(signatoryId: string, seq: number): boolean {
    return this.add(signatoryId, seq, { kind: 'clear' });
  }

  /** The signatory's batches to draw: those after their last clear, by number. */
  batchesOf(signatoryId: string): readonly DrawnBatch[] {
    return this.visible.get(signatoryId) ?? noBatches;
  }

  private add(signatoryId: string, seq: number, entry: Entry): boolean {
    let entries = this.entries.get(signatoryId);
    if (!entries) {
      entries = new Map();
      this.entries.set(signatoryId, entries);
    }
    if (entries.has(seq)) {
      return false;
    }
    entries.set(seq, entry);
    this.visible.set(signatoryId, visibleBatches(entries));
    return true;
  }
}

function visibleBatches(entries: Map<number, Entry>): DrawnBatch[] {
  let lastClear = -Infinity;
  for (const [seq, entry] of entries) {
    if (entry.kind === 'clear' && seq > lastClear) {
      lastClear = seq;
    }
  }
  const batches: DrawnBatch[] = [];
  for (const [seq, entry] of entries) {
    if (entry.kind === 'strokes' && seq > lastClear) {
      batches.push(entry.batch);
    }
  }
  return batches.sort((a, b) => a.seq - b.seq);
}

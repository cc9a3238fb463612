import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { fakeSockets } from '@/features/ceremony/lib/fake-socket';
import { StrokeSender, type StrokeSenderOptions } from '@/features/ceremony/lib/stroke-sender';
import type { StrokePoint } from '@/features/ceremony/types';

const point = (t: number, s = 0): StrokePoint => ({ s, x: 0.1, y: 0.2, p: 0.5, t });

function senderWith(options: Partial<StrokeSenderOptions> = {}) {
  const net = fakeSockets();
  const changed: string[] = [];
  const sender = new StrokeSender({
    url: 'ws://summit.test/ws/ceremonies/c1/tablet',
    token: 'device-token',
    createSocket: net.create,
    onChanged: (event) => changed.push(event),
    ...options,
  });
  sender.start();
  return { sender, net, changed };
}

/** Opens the latest socket and welcomes it with the server's `lastSeq`. */
function welcome(net: ReturnType<typeof fakeSockets>, lastSeq = 0) {
  const socket = net.latest();
  socket.open();
  socket.receive({ type: 'welcome', lastSeq });
  return socket;
}

const seqs = (messages: Record<string, unknown>[]) => messages.map((m) => m.seq);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the stroke sender', () => {
  it('says hello with the device token before anything else', () => {
    const { net } = senderWith();

    const socket = net.latest();
    expect(socket.url).toBe('ws://summit.test/ws/ceremonies/c1/tablet');
    socket.open();

    expect(socket.sent).toEqual([{ type: 'hello', token: 'device-token' }]);
  });

  it('gathers the points of one interval into one numbered batch, about 30 a second', () => {
    const { sender, net } = senderWith();
    const socket = welcome(net);

    sender.addPoint(point(1));
    sender.addPoint(point(2));
    vi.advanceTimersByTime(32);
    expect(socket.sentOf('strokes')).toEqual([]);
    vi.advanceTimersByTime(1);
    sender.addPoint(point(3));
    vi.advanceTimersByTime(33);
    vi.advanceTimersByTime(1_000);

    expect(socket.sentOf('strokes')).toEqual([
      { type: 'strokes', seq: 1, points: [point(1), point(2)] },
      { type: 'strokes', seq: 2, points: [point(3)] },
    ]);
  });

  it('keeps each batch pending until the server acknowledges it', () => {
    const { sender, net } = senderWith();
    const socket = welcome(net);
    const seen: number[] = [];
    sender.subscribe(() => seen.push(sender.getSnapshot().pending));

    sender.addPoint(point(1));
    vi.advanceTimersByTime(33);
    sender.addPoint(point(2));
    vi.advanceTimersByTime(33);
    expect(sender.getSnapshot()).toMatchObject({ pending: 2, allAcknowledged: false });

    socket.receive({ type: 'ack', seq: 1 });
    expect(sender.getSnapshot()).toMatchObject({ pending: 1, lastAcknowledgedSeq: 1 });
    socket.receive({ type: 'ack', seq: 2 });

    expect(sender.getSnapshot()).toMatchObject({
      pending: 0,
      allAcknowledged: true,
      lastAcknowledgedSeq: 2,
      connection: 'online',
    });
    expect(seen.at(-1)).toBe(0);
  });

  it('keeps drawing offline, reconnects with a growing pause, and resends exactly the unacknowledged batches', () => {
    const { sender, net } = senderWith();
    const first = welcome(net);
    sender.addPoint(point(1));
    vi.advanceTimersByTime(33);
    sender.addPoint(point(2));
    vi.advanceTimersByTime(33);
    first.receive({ type: 'ack', seq: 1 });

    first.drop();
    expect(sender.getSnapshot().connection).toBe('offline');
    sender.addPoint(point(3));
    vi.advanceTimersByTime(33);
    sender.addPoint(point(4));
    vi.advanceTimersByTime(33);
    expect(sender.getSnapshot().pending).toBe(2);

    // 250 ms after the drop: the first attempt, which fails at once.
    expect(net.sockets).toHaveLength(1);
    vi.advanceTimersByTime(250 - 66);
    expect(net.sockets).toHaveLength(2);
    net.latest().drop();
    vi.advanceTimersByTime(499);
    expect(net.sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(net.sockets).toHaveLength(3);

    const third = welcome(net, 1);

    // Batch 2 was sent, perhaps received: it goes again as it was. Points 3 and 4 were never
    // sent, so they went into one batch.
    expect(third.sentOf('strokes')).toEqual([
      { type: 'strokes', seq: 2, points: [point(2)] },
      { type: 'strokes', seq: 3, points: [point(3), point(4)] },
    ]);
    expect(sender.getSnapshot()).toMatchObject({ connection: 'online', pending: 2 });
  });

  it('drops the batches the welcome says were accepted and numbers on after them', () => {
    const { sender, net } = senderWith();
    const first = welcome(net);
    for (const t of [1, 2, 3]) {
      sender.addPoint(point(t));
      vi.advanceTimersByTime(33);
    }
    expect(seqs(first.sentOf('strokes'))).toEqual([1, 2, 3]);

    first.drop();
    vi.advanceTimersByTime(250);
    // The server had received 1 and 2 before the drop; their acks were lost.
    const second = welcome(net, 2);
    sender.addPoint(point(4));
    vi.advanceTimersByTime(33);

    expect(second.sentOf('strokes')).toEqual([
      { type: 'strokes', seq: 3, points: [point(3)] },
      { type: 'strokes', seq: 4, points: [point(4)] },
    ]);
    expect(sender.getSnapshot()).toMatchObject({ pending: 2, lastAcknowledgedSeq: 2 });
  });

  it('continues after the last number the server holds, clearing what an earlier page signed', () => {
    const { sender, net } = senderWith();
    sender.addPoint(point(1));
    vi.advanceTimersByTime(33);

    const socket = welcome(net, 7);

    expect(socket.sent.slice(1)).toEqual([
      { type: 'clear', seq: 8 },
      { type: 'strokes', seq: 9, points: [point(1)] },
    ]);
    expect(sender.getSnapshot().lastAcknowledgedSeq).toBe(7);
  });

  it('sends clears in the same sequence as strokes, dropping points not yet sent', () => {
    const { sender, net } = senderWith();
    const socket = welcome(net);
    sender.addPoint(point(1));
    vi.advanceTimersByTime(33);
    sender.addPoint(point(2));
    sender.clear();
    sender.addPoint(point(3, 1));
    vi.advanceTimersByTime(66);

    expect(socket.sent.slice(1)).toEqual([
      { type: 'strokes', seq: 1, points: [point(1)] },
      { type: 'clear', seq: 2 },
      { type: 'strokes', seq: 3, points: [point(3, 1)] },
    ]);
  });

  it('resends from the number the server expects when it says a batch is ahead, once', () => {
    const { sender, net } = senderWith();
    const socket = welcome(net);
    for (const t of [1, 2, 3]) {
      sender.addPoint(point(t));
      vi.advanceTimersByTime(33);
    }
    socket.sent.length = 0;

    // The server never got 2: 3 (sent after it) is ahead; so would be any other after 2.
    socket.receive({ type: 'ack', seq: 1 });
    socket.receive({ type: 'ahead', seq: 3, expected: 2 });
    socket.receive({ type: 'ahead', seq: 3, expected: 2 });

    expect(seqs(socket.sent)).toEqual([2, 3]);
    socket.receive({ type: 'ack', seq: 2 });
    socket.receive({ type: 'ack', seq: 3 });
    expect(sender.getSnapshot().allAcknowledged).toBe(true);
  });

  it('waits and sends again when the server is unavailable for a moment', () => {
    const { sender, net } = senderWith();
    const socket = welcome(net);
    sender.addPoint(point(1));
    vi.advanceTimersByTime(33);
    socket.receive({ type: 'refused', seq: 1, reason: 'unavailable' });
    expect(sender.getSnapshot()).toMatchObject({ retrying: true, refusal: null });
    sender.addPoint(point(2));
    vi.advanceTimersByTime(33);
    expect(seqs(socket.sentOf('strokes'))).toEqual([1]);

    vi.advanceTimersByTime(1_000);

    expect(seqs(socket.sentOf('strokes'))).toEqual([1, 1, 2]);
    expect(sender.getSnapshot().retrying).toBe(false);
  });

  it('waits and sends again when it sent too fast, the server having looked at nothing', () => {
    const { sender, net } = senderWith();
    const socket = welcome(net);
    sender.addPoint(point(1));
    vi.advanceTimersByTime(33);

    // Counted as messages arrive, before they are read: the refusal names no batch.
    socket.receive({ type: 'refused', reason: 'too-fast' });
    vi.advanceTimersByTime(1_000);

    expect(seqs(socket.sentOf('strokes'))).toEqual([1, 1]);
    expect(sender.getSnapshot()).toMatchObject({ refusal: null, connection: 'online' });
  });

  it('stops for good at a final refusal and says why', () => {
    const { sender, net } = senderWith();
    const socket = welcome(net);
    sender.addPoint(point(1));
    vi.advanceTimersByTime(33);

    socket.receive({ type: 'refused', seq: 1, reason: 'confirmed' });

    expect(sender.getSnapshot()).toMatchObject({ connection: 'stopped', refusal: 'confirmed' });
    expect(socket.closed).toBe(true);
    sender.addPoint(point(2));
    vi.advanceTimersByTime(10_000);
    expect(net.sockets).toHaveLength(1);
    expect(seqs(socket.sentOf('strokes'))).toEqual([1]);
  });

  it('stops for good when the hello is refused for a final reason', () => {
    const { sender, net } = senderWith();
    const socket = net.latest();
    socket.open();

    socket.receive({ type: 'refused', reason: 'device-revoked' });
    socket.drop();
    vi.advanceTimersByTime(10_000);

    expect(sender.getSnapshot()).toMatchObject({
      connection: 'stopped',
      refusal: 'device-revoked',
    });
    expect(net.sockets).toHaveLength(1);
  });

  it('passes on that the ceremony changed', () => {
    const { net, changed } = senderWith();
    const socket = welcome(net);

    socket.receive({ type: 'changed', event: 'SignatoryCalled' });

    expect(changed).toEqual(['SignatoryCalled']);
  });

  it('never waits more than 4 seconds between attempts', () => {
    const { net } = senderWith();
    for (let i = 0; i < 8; i++) {
      net.latest().drop();
      vi.advanceTimersByTime(4_000);
    }
    expect(net.sockets).toHaveLength(9);
  });
});

describe('a stroke sender disposed and started again (React mounts effects twice in development)', () => {
  it('connects again and keeps the batches not acknowledged', () => {
    const { sender, net } = senderWith();
    const first = welcome(net);
    sender.addPoint(point(1));
    vi.advanceTimersByTime(33);

    sender.dispose();
    expect(first.closed).toBe(true);
    expect(sender.getSnapshot().connection).toBe('stopped');
    sender.start();
    const second = welcome(net, 0);

    expect(second.sentOf('strokes')).toEqual([{ type: 'strokes', seq: 1, points: [point(1)] }]);
  });

  it('stays stopped after a final refusal', () => {
    const { sender, net } = senderWith();
    welcome(net).receive({ type: 'refused', reason: 'device-revoked' });

    sender.start();

    expect(net.sockets).toHaveLength(1);
  });
});

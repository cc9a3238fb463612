import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { fakeSockets } from '@/features/ceremony/lib/fake-socket';
import { connectScreen, type ScreenConnection } from '@/features/ceremony/lib/screen-socket';
import { SignatureFeed } from '@/features/ceremony/lib/signature-feed';

const batch = (seq: number) => ({ seq, points: [{ s: 0, x: seq / 10, y: 0.5, p: 0.5, t: seq }] });

describe('the screen’s signature feed', () => {
  it('keeps one batch per signatory and number, in number order', () => {
    const feed = new SignatureFeed();

    expect(feed.addStrokes('a', batch(2))).toBe(true);
    expect(feed.addStrokes('a', batch(1))).toBe(true);
    expect(feed.addStrokes('a', batch(2))).toBe(false);
    feed.addStrokes('b', batch(1));

    expect(feed.batchesOf('a').map((b) => b.seq)).toEqual([1, 2]);
    expect(feed.batchesOf('b').map((b) => b.seq)).toEqual([1]);
    expect(feed.batchesOf('c')).toEqual([]);
  });

  it('draws only what comes after a signatory’s last clear, whatever the arrival order', () => {
    const feed = new SignatureFeed();
    feed.addStrokes('a', batch(1));
    feed.addStrokes('a', batch(4));
    feed.addClear('a', 2);
    feed.addStrokes('a', batch(3));
    feed.addClear('a', 2);

    expect(feed.batchesOf('a').map((b) => b.seq)).toEqual([3, 4]);
  });

  it('keeps a signature’s array until it changes, so an unchanged block is not redrawn', () => {
    const feed = new SignatureFeed();
    feed.addStrokes('a', batch(1));
    const before = feed.batchesOf('a');

    feed.addStrokes('b', batch(1));
    feed.addStrokes('a', batch(1));

    expect(feed.batchesOf('a')).toBe(before);
  });
});

describe('the screen’s connection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says hello, passes the messages on, and reconnects when dropped', () => {
    const net = fakeSockets();
    const received: unknown[] = [];
    const states: ScreenConnection[] = [];
    const connection = connectScreen({
      url: 'ws://summit.test/ws/ceremonies/c1/screen',
      token: 'screen-token',
      createSocket: net.create,
      onMessage: (message) => received.push(message),
      onConnection: (state) => states.push(state),
    });
    const first = net.latest();
    first.open();
    first.receive({ type: 'welcome' });
    first.receive({ type: 'strokes', signatoryId: 'a', seq: 1, points: [], acceptedAt: 'x' });
    first.receive({ type: 'clear', signatoryId: 'a', seq: 2 });
    first.receive({ type: 'changed', event: 'SignatureConfirmed' });
    first.receive({ type: 'strokes', seq: 'bad' });

    first.drop();
    vi.advanceTimersByTime(250);
    net.latest().open();

    expect(first.sent).toEqual([{ type: 'hello', token: 'screen-token' }]);
    expect(net.latest().sent).toEqual([{ type: 'hello', token: 'screen-token' }]);
    expect(received).toEqual([
      { type: 'strokes', signatoryId: 'a', seq: 1, points: [], acceptedAt: 'x' },
      { type: 'clear', signatoryId: 'a', seq: 2 },
      { type: 'changed', event: 'SignatureConfirmed' },
    ]);
    expect(states.map((s) => s.state)).toEqual(['connecting', 'live', 'offline']);
    connection.close();
    expect(net.latest().closed).toBe(true);
  });

  it('stops at a refusal', () => {
    const net = fakeSockets();
    const states: ScreenConnection[] = [];
    connectScreen({
      url: 'ws://x',
      token: 't',
      createSocket: net.create,
      onMessage: () => undefined,
      onConnection: (state) => states.push(state),
    });
    net.latest().open();
    net.latest().receive({ type: 'refused', reason: 'device-revoked' });
    vi.advanceTimersByTime(10_000);

    expect(states.at(-1)).toEqual({ state: 'refused', reason: 'device-revoked' });
    expect(net.sockets).toHaveLength(1);
  });
});

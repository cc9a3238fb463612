import type { StrokePoint } from '@/features/ceremony/types';

/** What the sender needs of a WebSocket, so that tests can hand it a fake one. */
export type SocketLike = Pick<WebSocket, 'send' | 'close' | 'onopen' | 'onmessage' | 'onclose'>;

export type SocketFactory = (url: string) => SocketLike;

/** A message of the tablet's sequence: strokes or a clear, numbered by the signer. */
export type SequencedMessage =
  { type: 'strokes'; seq: number; points: StrokePoint[] } | { type: 'clear'; seq: number };

type Unnumbered = { type: 'strokes'; points: StrokePoint[] } | { type: 'clear' };

/**
 * Where the connection stands: `connecting` before the server first welcomed the tablet, `online`
 * once it has (and after each reconnection), `offline` while it reconnects, `stopped` after a final
 * refusal or once disposed.
 */
export type SenderConnection = 'connecting' | 'online' | 'offline' | 'stopped';

/** What the pad shows of the sending side; replaced (never changed) whenever any of it changes. */
export interface SenderSnapshot {
  connection: SenderConnection;
  /** Batches (and points not yet in a batch) the server has not acknowledged. */
  pending: number;
  allAcknowledged: boolean;
  /** The highest batch number the server acknowledged, what a confirmation names. */
  lastAcknowledgedSeq: number;
  /** The server's final refusal (`not-called`, `confirmed`, …): nothing more is sent. */
  refusal: string | null;
  /** The server said it is unavailable (or it was sent too fast): the batches wait to be sent again. */
  retrying: boolean;
}

export interface StrokeSenderOptions {
  /** The tablet WebSocket, `/ws/ceremonies/{id}/tablet`, as an absolute `ws:`/`wss:` URL. */
  url: string;
  /** The device's bearer token, sent in the first message (browsers cannot set headers on a WebSocket). */
  token: string;
  createSocket?: SocketFactory;
  /** How long points gather before they go as one batch: about 30 batches a second. */
  batchIntervalMs?: number;
  /** The first wait before reconnecting, doubled after each failed attempt up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long to wait before sending again after the server said `unavailable` or `too-fast`. */
  unavailableRetryMs?: number;
  /**
   * Points a batch holds at most when batches made offline are merged (one batch every 33 ms over a
   * minute offline would otherwise arrive as a flood of 1,800 messages).
   */
  maxPointsPerBatch?: number;
  /**
   * Whether the pad starts empty while the server may hold batches of an earlier page (a reload): a
   * clear is then sent first, so that what is sealed is what the signer sees.
   */
  startFresh?: boolean;
  /** The server says the ceremony changed (the page refetches it). */
  onChanged?: (event: string) => void;
}

interface Buffered {
  message: SequencedMessage;
  /** Ever sent: the server may hold it as it was, so it never takes more points. */
  sent: boolean;
}

/**
 * Refusals that pass: the broker did not take the batch (`unavailable`), or the connection's flood
 * guard ran dry (`too-fast`, answered without looking at the batch). Sending the same batches
 * again later is safe, since the server accepts each number once; any other reason is final.
 */
const passingRefusals: readonly string[] = ['unavailable', 'too-fast'];
const finalRefusal = (reason: string) => !passingRefusals.includes(reason);

function parse(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'string') {
    return null;
  }
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The tablet's sending side of the stroke protocol. Points gather for one batch interval and go
 * as one numbered batch; every batch stays buffered until the server acknowledges it. When the
 * connection drops the pad keeps drawing: batches pile up (merged, since none of them was sent),
 * the sender reconnects with a growing pause, says hello with the device token, forgets what the
 * welcome's `lastSeq` says was accepted and sends the rest again in order. The server accepts each
 * batch exactly once, so sending one twice is harmless; losing one is what this prevents.
 */
export class StrokeSender {
  private readonly options: Required<Omit<StrokeSenderOptions, 'onChanged'>> &
    Pick<StrokeSenderOptions, 'onChanged'>;
  private socket: SocketLike | null = null;
  private authenticated = false;
  private welcomed = false;
  private stopped = false;
  private paused = false;
  private refusal: string | null = null;
  private connection: SenderConnection = 'connecting';

  /** Points drawn since the last batch. */
  private current: StrokePoint[] = [];
  private clearRequested = false;
  /** Batches made before the first welcome said which number comes next. */
  private unnumbered: Unnumbered[] = [];
  /** Numbered batches the server has not acknowledged, by number. */
  private buffer: Buffered[] = [];
  private nextSeq = 1;
  private lastAcknowledged = 0;
  /** The number an `ahead` made us resend from, so its siblings do not resend it again. */
  private resentFrom: number | null = null;

  private attempts = 0;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  private readonly listeners = new Set<() => void>();
  private snapshot: SenderSnapshot;

  constructor(options: StrokeSenderOptions) {
    this.options = {
      createSocket: (url) => new WebSocket(url),
      batchIntervalMs: 33,
      initialBackoffMs: 250,
      maxBackoffMs: 4_000,
      unavailableRetryMs: 1_000,
      maxPointsPerBatch: 500,
      startFresh: true,
      ...options,
    };
    this.snapshot = this.computeSnapshot();
  }

  /**
   * Opens the connection; points may be added before, they wait. After `dispose` it opens again
   * (React mounts an effect twice in development), unless the server refused for good.
   */
  start(): void {
    if (this.refusal !== null || this.socket !== null || this.reconnectTimer !== null) {
      return;
    }
    this.stopped = false;
    this.connection = this.welcomed ? 'offline' : 'connecting';
    if (this.current.length > 0 || this.clearRequested) {
      this.scheduleFlush();
    }
    this.connect();
    this.update();
  }

  /** Adds a point drawn on the pad; it leaves with the next batch. */
  addPoint(point: StrokePoint): void {
    this.addPoints([point]);
  }

  addPoints(points: readonly StrokePoint[]): void {
    if (this.stopped || points.length === 0) {
      return;
    }
    this.current.push(...points);
    this.scheduleFlush();
    this.update();
  }

  /** Clears the signature: points not yet sent are dropped, and a clear takes its turn in the sequence. */
  clear(): void {
    if (this.stopped) {
      return;
    }
    this.current = [];
    this.clearRequested = true;
    this.scheduleFlush();
    this.update();
  }

  getSnapshot = (): SenderSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Closes the connection and stops every timer, keeping what is not acknowledged yet. */
  dispose(): void {
    this.halt();
    this.update();
  }

  private halt(): void {
    this.stopped = true;
    this.connection = 'stopped';
    for (const timer of [this.flushTimer, this.reconnectTimer, this.retryTimer]) {
      if (timer !== null) {
        clearTimeout(timer);
      }
    }
    this.flushTimer = this.reconnectTimer = this.retryTimer = null;
    this.paused = false;
    const socket = this.socket;
    this.socket = null;
    this.authenticated = false;
    socket?.close();
  }

  private scheduleFlush(): void {
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      this.flush();
    }, this.options.batchIntervalMs);
  }

  /** One message per interval: a requested clear first, else the points gathered. */
  private flush(): void {
    if (this.stopped) {
      return;
    }
    if (this.clearRequested) {
      this.clearRequested = false;
      this.enqueue({ type: 'clear' });
    } else if (this.current.length > 0) {
      const points = this.current;
      this.current = [];
      this.enqueue({ type: 'strokes', points });
    }
    // Points drawn right after a clear wait for the next interval.
    if (this.current.length > 0) {
      this.scheduleFlush();
    }
    this.update();
  }

  private enqueue(message: Unnumbered): void {
    if (!this.welcomed) {
      // Nothing numbered yet: a clear makes everything before it moot.
      if (message.type === 'clear') {
        this.unnumbered = [message];
      } else {
        this.mergeOrPush(this.unnumbered, message);
      }
      return;
    }
    const last = this.buffer.at(-1);
    if (
      message.type === 'strokes' &&
      last &&
      !last.sent &&
      last.message.type === 'strokes' &&
      last.message.points.length + message.points.length <= this.options.maxPointsPerBatch
    ) {
      last.message.points.push(...message.points);
      return;
    }
    const entry: Buffered = { message: this.numbered(message), sent: false };
    this.buffer.push(entry);
    if (this.canSend()) {
      this.transmit(entry);
    }
  }

  private mergeOrPush(list: Unnumbered[], message: Unnumbered & { type: 'strokes' }): void {
    const last = list.at(-1);
    if (
      last?.type === 'strokes' &&
      last.points.length + message.points.length <= this.options.maxPointsPerBatch
    ) {
      last.points.push(...message.points);
    } else {
      list.push({ type: 'strokes', points: [...message.points] });
    }
  }

  private numbered(message: Unnumbered): SequencedMessage {
    const seq = this.nextSeq++;
    return message.type === 'clear'
      ? { type: 'clear', seq }
      : { type: 'strokes', seq, points: message.points };
  }

  private canSend(): boolean {
    return this.authenticated && !this.paused && this.socket !== null;
  }

  private transmit(entry: Buffered): void {
    entry.sent = true;
    this.socket?.send(JSON.stringify(entry.message));
  }

  /** Sends every unacknowledged batch again, in order. */
  private resendAll(): void {
    for (const entry of this.buffer) {
      this.transmit(entry);
    }
  }

  private connect(): void {
    this.reconnectTimer = null;
    if (this.stopped) {
      return;
    }
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket === socket) {
        socket.send(JSON.stringify({ type: 'hello', token: this.options.token }));
      }
    };
    socket.onmessage = (event: MessageEvent) => {
      if (this.socket === socket) {
        this.receive(event.data);
      }
    };
    socket.onclose = () => {
      if (this.socket !== socket) {
        return;
      }
      this.socket = null;
      this.authenticated = false;
      if (!this.stopped) {
        this.connection = 'offline';
        this.scheduleReconnect();
      }
      this.update();
    };
  }

  private scheduleReconnect(): void {
    const { initialBackoffMs, maxBackoffMs } = this.options;
    const delay = Math.min(maxBackoffMs, initialBackoffMs * 2 ** this.attempts);
    this.attempts += 1;
    this.reconnectTimer = setTimeout(() => {
      this.connect();
    }, delay);
  }

  private receive(data: unknown): void {
    const message = parse(data);
    if (message === null) {
      return;
    }
    switch (message.type) {
      case 'welcome':
        this.welcome(asNumber(message.lastSeq) ?? 0);
        break;
      case 'ack': {
        const seq = asNumber(message.seq);
        if (seq !== null) {
          this.acknowledge(seq);
          this.resentFrom = null;
        }
        break;
      }
      case 'ahead': {
        const expected = asNumber(message.expected);
        if (expected !== null) {
          this.ahead(expected);
        }
        break;
      }
      case 'refused':
        this.refused(
          typeof message.reason === 'string' ? message.reason : 'unknown',
          asNumber(message.seq),
        );
        break;
      case 'changed':
        if (typeof message.event === 'string') {
          this.options.onChanged?.(message.event);
        }
        break;
      default:
        break;
    }
    this.update();
  }

  private welcome(lastSeq: number): void {
    this.authenticated = true;
    this.attempts = 0;
    this.connection = 'online';
    this.resentFrom = null;
    this.lastAcknowledged = Math.max(this.lastAcknowledged, lastSeq);
    if (!this.welcomed) {
      this.welcomed = true;
      this.nextSeq = lastSeq + 1;
      const waiting = this.unnumbered;
      this.unnumbered = [];
      if (this.options.startFresh && lastSeq > 0 && waiting[0]?.type !== 'clear') {
        this.buffer.push({ message: this.numbered({ type: 'clear' }), sent: false });
      }
      for (const message of waiting) {
        this.buffer.push({ message: this.numbered(message), sent: false });
      }
    } else {
      this.buffer = this.buffer.filter((entry) => entry.message.seq > lastSeq);
      this.nextSeq = Math.max(this.nextSeq, lastSeq + 1);
    }
    if (!this.paused) {
      this.resendAll();
    }
  }

  /** The server accepts batches in order: an ack of `seq` means every batch up to it is in. */
  private acknowledge(seq: number): void {
    this.buffer = this.buffer.filter((entry) => entry.message.seq > seq);
    this.lastAcknowledged = Math.max(this.lastAcknowledged, seq);
  }

  private ahead(expected: number): void {
    this.acknowledge(expected - 1);
    // Numbers the server already holds would only be acknowledged as resends, never stored.
    this.nextSeq = Math.max(this.nextSeq, expected);
    // The batches after a missing one each say so; one resend from it answers them all.
    if (this.paused || this.resentFrom === expected) {
      return;
    }
    this.resentFrom = expected;
    this.resendAll();
  }

  private refused(reason: string, seq: number | null): void {
    if (finalRefusal(reason)) {
      this.refusal = reason;
      this.halt();
      return;
    }
    if (seq === null && !this.authenticated) {
      // Refused at hello: the server closes, and the reconnection's pause applies.
      return;
    }
    // A flood refusal names no batch (it is counted before the message is read): every batch not
    // acknowledged is sent again after the pause, the last one included, which no ahead would ask for.
    if (this.paused) {
      return;
    }
    this.paused = true;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.paused = false;
      this.resentFrom = null;
      if (this.canSend()) {
        this.resendAll();
      }
      this.update();
    }, this.options.unavailableRetryMs);
  }

  private computeSnapshot(): SenderSnapshot {
    const pending =
      this.buffer.length +
      this.unnumbered.length +
      (this.current.length > 0 ? 1 : 0) +
      (this.clearRequested ? 1 : 0);
    return {
      connection: this.connection,
      pending,
      allAcknowledged: pending === 0,
      lastAcknowledgedSeq: this.lastAcknowledged,
      refusal: this.refusal,
      retrying: this.paused,
    };
  }

  private update(): void {
    const next = this.computeSnapshot();
    const previous = this.snapshot;
    const changed = (Object.keys(next) as (keyof SenderSnapshot)[]).some(
      (key) => next[key] !== previous[key],
    );
    if (changed) {
      this.snapshot = next;
      for (const listener of this.listeners) {
        listener();
      }
    }
  }
}

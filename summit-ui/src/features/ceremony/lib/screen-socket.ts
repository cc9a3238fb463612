import type { SocketFactory, SocketLike } from '@/features/ceremony/lib/stroke-sender';
import type { StrokePoint } from '@/features/ceremony/types';

/** What the server sends a big screen. */
export type ScreenMessage =
  | {
      type: 'strokes';
      signatoryId: string;
      seq: number;
      points: StrokePoint[];
      acceptedAt?: string;
    }
  | { type: 'clear'; signatoryId: string; seq: number }
  | { type: 'changed'; event: string };

/** `live` once welcomed; `offline` while reconnecting; `refused` for good, with the reason. */
export type ScreenConnection =
  | { state: 'connecting' }
  | { state: 'live' }
  | { state: 'offline' }
  | { state: 'refused'; reason: string };

export interface ScreenSocketOptions {
  url: string;
  token: string;
  onMessage: (message: ScreenMessage) => void;
  onConnection: (connection: ScreenConnection) => void;
  createSocket?: SocketFactory;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

function read(data: unknown): Record<string, unknown> | null {
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

function screenMessage(message: Record<string, unknown>): ScreenMessage | null {
  const { type, signatoryId, seq } = message;
  if (type === 'changed' && typeof message.event === 'string') {
    return { type, event: message.event };
  }
  if (typeof signatoryId !== 'string' || typeof seq !== 'number') {
    return null;
  }
  if (type === 'clear') {
    return { type, signatoryId, seq };
  }
  if (type === 'strokes' && Array.isArray(message.points)) {
    return {
      type,
      signatoryId,
      seq,
      points: message.points as StrokePoint[],
      ...(typeof message.acceptedAt === 'string' ? { acceptedAt: message.acceptedAt } : {}),
    };
  }
  return null;
}

/**
 * The big screen's connection: says hello with the screen's token, hands on every message, and
 * reconnects with a growing pause when it drops (the server then sends everything again, which
 * the screen's feed takes only once). A refusal other than `unavailable` ends it.
 */
export function connectScreen(options: ScreenSocketOptions): { close: () => void } {
  const {
    url,
    token,
    onMessage,
    onConnection,
    createSocket = (address: string) => new WebSocket(address),
    initialBackoffMs = 250,
    maxBackoffMs = 4_000,
  } = options;
  let socket: SocketLike | null = null;
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const stop = () => {
    closed = true;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const current = socket;
    socket = null;
    current?.close();
  };

  const retry = () => {
    const delay = Math.min(maxBackoffMs, initialBackoffMs * 2 ** attempts);
    attempts += 1;
    timer = setTimeout(connect, delay);
  };

  function connect() {
    timer = null;
    if (closed) {
      return;
    }
    let opened: SocketLike;
    try {
      opened = createSocket(url);
    } catch {
      retry();
      return;
    }
    socket = opened;
    opened.onopen = () => {
      if (socket === opened) {
        opened.send(JSON.stringify({ type: 'hello', token }));
      }
    };
    opened.onmessage = (event: MessageEvent) => {
      if (socket !== opened) {
        return;
      }
      const message = read(event.data);
      if (message?.type === 'welcome') {
        attempts = 0;
        onConnection({ state: 'live' });
      } else if (message?.type === 'refused') {
        const reason = typeof message.reason === 'string' ? message.reason : 'unknown';
        if (reason !== 'unavailable') {
          stop();
          onConnection({ state: 'refused', reason });
        }
      } else if (message) {
        const known = screenMessage(message);
        if (known) {
          onMessage(known);
        }
      }
    };
    opened.onclose = () => {
      if (socket !== opened) {
        return;
      }
      socket = null;
      onConnection({ state: 'offline' });
      retry();
    };
  }

  onConnection({ state: 'connecting' });
  connect();
  return { close: stop };
}

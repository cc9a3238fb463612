/**
 * A WebSocket a test drives by hand: it opens, receives server messages and drops when told, and
 * keeps what the client sent, parsed. For the ceremony's socket clients (tablet and screen).
 */
export class FakeSocket {
  readonly url: string;
  readonly sent: Record<string, unknown>[] = [];
  closed = false;
  onopen: ((this: WebSocket, event: Event) => unknown) | null = null;
  onmessage: ((this: WebSocket, event: MessageEvent) => unknown) | null = null;
  onclose: ((this: WebSocket, event: CloseEvent) => unknown) | null = null;

  constructor(url: string) {
    this.url = url;
  }

  send(data: string): void {
    if (this.closed) {
      throw new Error('sent on a closed socket');
    }
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(): void {
    this.closed = true;
  }

  /** The connection opens. */
  open(): void {
    this.onopen?.call(this as unknown as WebSocket, new Event('open'));
  }

  /** The server sends `message`. */
  receive(message: unknown): void {
    this.onmessage?.call(
      this as unknown as WebSocket,
      new MessageEvent('message', { data: JSON.stringify(message) }),
    );
  }

  /** The connection drops. */
  drop(): void {
    this.closed = true;
    this.onclose?.call(this as unknown as WebSocket, new CloseEvent('close'));
  }

  /** The messages of `type` sent so far. */
  sentOf(type: string): Record<string, unknown>[] {
    return this.sent.filter((message) => message.type === type);
  }
}

/** A socket factory for the clients that keeps every socket it made, newest last. */
export function fakeSockets() {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    create: (url: string) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    latest: (): FakeSocket => {
      const socket = sockets.at(-1);
      if (!socket) {
        throw new Error('no socket was opened');
      }
      return socket;
    },
  };
}

import { vi } from 'vitest';

/**
 * A browser's EventSource (Server-Sent Events), driven by the test: it records the streams a page
 * opens and what it listens to, and sends events, errors and the end of a stream on cue.
 */
export class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];

  readonly url: string;
  readyState: number = FakeEventSource.CONNECTING;
  private readonly listeners = new Map<string, Set<(event: MessageEvent) => void>>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }

  addEventListener(name: string, listener: (event: MessageEvent) => void) {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener);
    this.listeners.set(name, set);
  }

  removeEventListener(name: string, listener: (event: MessageEvent) => void) {
    this.listeners.get(name)?.delete(listener);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
  }

  /** The server sends event `name` with `data` as its JSON. */
  emit(name: string, data: unknown) {
    this.readyState = FakeEventSource.OPEN;
    const event = new MessageEvent(name, { data: JSON.stringify(data) });
    this.listeners.get(name)?.forEach((listener) => {
      listener(event);
    });
  }

  /** The server answered with an error, or ended the stream: the browser gives up on it. */
  fail() {
    this.readyState = FakeEventSource.CLOSED;
    const event = new MessageEvent('error');
    this.listeners.get('error')?.forEach((listener) => {
      listener(event);
    });
  }

  /** Puts this fake in place of the browser's EventSource, forgetting the streams opened before. */
  static install() {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  }

  /** The streams opened to `url` so far, oldest first. */
  static to(url: string): FakeEventSource[] {
    return FakeEventSource.opened.filter((source) => source.url === url);
  }
}

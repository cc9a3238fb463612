import { vi } from 'vitest';

import {
  jsonResponse,
  noContent,
  notLoggedIn,
  problemResponse,
  taipei2016,
} from '@/testing/responses';
import type { Session } from '@/types/api';

/** A request the app sent, as the fake server received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Headers;
  /** The JSON body, parsed. */
  body: unknown;
  /** A file sent as the raw body (e.g. a CSV upload), as it was given to `fetch`. */
  file: Blob | undefined;
}

/** Answers one `METHOD /path` (with its query string, if any). */
export type Handler = (request: ReceivedRequest) => Response | Promise<Response>;

/**
 * Replaces `fetch` with a server that answers only the requests listed in `handlers`, as
 * `'METHOD /path'` (plus the current summit, and 401 for the session, unless overridden).
 * Anything else gets a 501 problem, so that a test notices a request it did not expect.
 */
export function stubApi(handlers: Record<string, Handler> = {}) {
  const routes: Record<string, Handler> = {
    'GET /api/summits/current': () => jsonResponse(taipei2016),
    'GET /api/session': notLoggedIn,
    ...handlers,
  };
  const requests: ReceivedRequest[] = [];
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const request: ReceivedRequest = {
      method,
      path,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      file: init?.body instanceof Blob ? init.body : undefined,
    };
    requests.push(request);
    const handler = routes[`${method} ${path}`];
    return Promise.resolve(
      handler
        ? handler(request)
        : problemResponse({
            type: 'about:blank',
            title: 'Not Implemented',
            status: 501,
            detail: `The test did not expect ${method} ${path}.`,
          }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    requests,
    /** The requests sent as `METHOD /path`, in order. */
    received: (route: string) => requests.filter((r) => `${r.method} ${r.path}` === route),
  };
}

/**
 * A server-side session: `GET /api/session` answers with it (401 when `null`), `DELETE` ends it.
 * Tests log in by calling `start` from their `POST` handler, as the server sets its cookie.
 */
export function sessionServer(initial: Session | null = null) {
  let current = initial;
  return {
    start(session: Session) {
      current = session;
      return jsonResponse(session);
    },
    handlers: {
      'GET /api/session': () => (current ? jsonResponse(current) : notLoggedIn()),
      'DELETE /api/session': () => {
        current = null;
        return noContent();
      },
    } satisfies Record<string, Handler>,
  };
}

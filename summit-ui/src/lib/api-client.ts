import type { ProblemDetails } from '@/types/api';

type ApiErrorKind = 'network' | 'http' | 'unreadable';

/** A request to the Summit API that did not give the expected answer. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** The server's explanation, when it sent an `application/problem+json` body. */
  readonly problem: ProblemDetails | undefined;
  /** How many seconds the server asks to wait before trying again (`Retry-After`), if it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: {
      status?: number;
      problem?: ProblemDetails;
      retryAfterSeconds?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Whether `error` is the server answering `status` (as opposed to a network failure). */
export function hasStatus(error: unknown, ...statuses: number[]): error is ApiError {
  return error instanceof ApiError && error.status !== undefined && statuses.includes(error.status);
}

// The CSRF token of the current session. Only the session feature knows when it changes, so it
// hands the token over here; every state-changing request then carries it.
let csrfToken: string | null = null;

/** Sets (or, with `null`, forgets) the token sent as `X-CSRF-Token` on POST, PUT, PATCH, DELETE. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    return undefined;
  }
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

/** `Retry-After` is either a number of seconds or an HTTP date (RFC 9110, section 10.2.3). */
function readRetryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) {
    return undefined;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request(
  method: Method,
  path: string,
  {
    body,
    file,
    signal,
    anonymous: withoutSession = false,
    bearer,
  }: {
    body?: unknown;
    /** A file sent as it is, instead of a JSON `body`, with its media type. */
    file?: { content: Blob; type: string };
    signal?: AbortSignal | undefined;
    anonymous?: boolean;
    /** A paired device's token: sent as `Authorization: Bearer`, instead of the session. */
    bearer?: string | undefined;
  } = {},
): Promise<Response> {
  const anonymous = withoutSession || bearer !== undefined;
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (bearer !== undefined) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  if (file) {
    headers['Content-Type'] = file.type;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken !== null && !anonymous) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(file ? { body: file.content } : body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
      ...(anonymous ? { credentials: 'omit' as const } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) {
      throw cause;
    }
    throw new ApiError('network', `${method} ${path} failed: the server could not be reached`, {
      cause,
    });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    const retryAfterSeconds = readRetryAfter(response);
    throw new ApiError('http', `${method} ${path} answered ${response.status}`, {
      status: response.status,
      ...(problem ? { problem } : {}),
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    });
  }
  return response;
}

async function readJson<T>(method: Method, path: string, response: Response): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError('unreadable', `${method} ${path} answered with a body that is not JSON`, {
      status: response.status,
      cause,
    });
  }
}

/** GETs `path` from the Summit API (same origin) and returns its JSON body. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return readJson<T>('GET', path, await request('GET', path, { signal }));
}

/** Sends `body` as JSON with a state-changing `method` and returns the JSON answer. */
export async function sendJson<T>(
  method: Exclude<Method, 'GET'>,
  path: string,
  body?: unknown,
): Promise<T> {
  return readJson<T>(method, path, await request(method, path, { body }));
}

/**
 * Sends a file (e.g. a CSV upload) as the raw body of a state-changing request, labelled `type`,
 * with the CSRF token like any other, and returns the JSON answer.
 */
export async function sendFile<T>(
  method: Exclude<Method, 'GET'>,
  path: string,
  content: Blob,
  type: string,
): Promise<T> {
  return readJson<T>(method, path, await request(method, path, { file: { content, type } }));
}

/**
 * Sends `body` as JSON without the session: no cookie and no CSRF token, for requests made by a
 * device rather than a person (e.g. redeeming a pairing code), even if someone is logged in.
 */
export async function sendAnonymousJson<T>(
  method: Exclude<Method, 'GET'>,
  path: string,
  body?: unknown,
): Promise<T> {
  return readJson<T>(method, path, await request(method, path, { body, anonymous: true }));
}

/**
 * GETs `path` as a paired device (signatory tablet, big screen): with its bearer `token`, without
 * the session's cookie, whoever is logged in on the browser.
 */
export async function getDeviceJson<T>(
  path: string,
  token: string,
  signal?: AbortSignal,
): Promise<T> {
  return readJson<T>('GET', path, await request('GET', path, { signal, bearer: token }));
}

/** Sends `body` as JSON as a paired device, with its bearer `token` and neither cookie nor CSRF token. */
export async function sendDeviceJson<T>(
  method: Exclude<Method, 'GET'>,
  path: string,
  token: string,
  body?: unknown,
): Promise<T> {
  return readJson<T>(method, path, await request(method, path, { body, bearer: token }));
}

/** Sends a state-changing request whose answer has no body worth reading (usually 204). */
export async function send(
  method: Exclude<Method, 'GET'>,
  path: string,
  body?: unknown,
): Promise<void> {
  await request(method, path, { body });
}

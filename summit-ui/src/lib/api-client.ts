import type { ProblemDetails } from '@/types/api';

type ApiErrorKind = 'network' | 'http' | 'unreadable';

/** A request to the Summit API that did not give the expected answer. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** The server's explanation, when it sent an `application/problem+json` body. */
  readonly problem: ProblemDetails | undefined;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; problem?: ProblemDetails; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
  }
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

/** GETs `path` from the Summit API (same origin) and returns its JSON body. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json, application/problem+json' },
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) {
      throw cause;
    }
    throw new ApiError('network', `GET ${path} failed: the server could not be reached`, { cause });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError('http', `GET ${path} answered ${response.status}`, {
      status: response.status,
      ...(problem ? { problem } : {}),
    });
  }
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError('unreadable', `GET ${path} answered with a body that is not JSON`, {
      status: response.status,
      cause,
    });
  }
}

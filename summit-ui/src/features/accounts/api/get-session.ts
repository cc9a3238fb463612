import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';

import { ApiError, getJson, hasStatus, setCsrfToken } from '@/lib/api-client';
import type { Session } from '@/types/api';

export const sessionPath = '/api/session';

export const sessionQueryKey = ['session'] as const;

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { account, csrfToken } = value as Partial<Record<keyof Session, unknown>>;
  return (
    typeof csrfToken === 'string' &&
    typeof account === 'object' &&
    account !== null &&
    typeof (account as Record<string, unknown>).role === 'string'
  );
}

/** Checks that an answer carrying a session really is one, so the UI never acts on a stray body. */
export function readSession(body: unknown, request: string): Session {
  if (!isSession(body)) {
    throw new ApiError('unreadable', `${request} answered with something that is not a session`);
  }
  return body;
}

/** The logged-in account, or `null` for an anonymous visitor (the API answers 401). */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return readSession(await getJson<unknown>(sessionPath, signal), `GET ${sessionPath}`);
  } catch (error) {
    if (hasStatus(error, 401)) {
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: async ({ signal }) => {
      const session = await getSession(signal);
      // An answer to a cancelled request may be older than the session stored since.
      if (!signal.aborted) {
        setCsrfToken(session?.csrfToken ?? null);
      }
      return session;
    },
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/**
 * Makes `session` the current one (`null` after logging out), with its CSRF token, at once and
 * without waiting for `GET /api/session`.
 */
export async function storeSession(queryClient: QueryClient, session: Session | null) {
  // A session request still on its way would overwrite what the server has just said.
  await queryClient.cancelQueries({ queryKey: sessionQueryKey });
  setCsrfToken(session?.csrfToken ?? null);
  // What was fetched for the previous account must not show to the next one. Queries on screen
  // now are refetched by their screens; the role pages are closed to the wrong roles anyway.
  queryClient.removeQueries({
    type: 'inactive',
    predicate: (query) => query.queryKey[0] !== sessionQueryKey[0],
  });
  queryClient.setQueryData(sessionQueryKey, session);
}

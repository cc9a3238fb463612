import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';

export const bookmarksPath = (summitId: string) =>
  `/api/agenda/${encodeURIComponent(summitId)}/bookmarks`;

export const bookmarksQueryKey = (summitId: string) => ['agenda', summitId, 'bookmarks'] as const;

/** The ids of the sessions I bookmarked (delegates). */
export function getBookmarks(summitId: string, signal?: AbortSignal): Promise<string[]> {
  return getJson<string[]>(bookmarksPath(summitId), signal);
}

export const bookmarksQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: bookmarksQueryKey(summitId),
    queryFn: ({ signal }) => getBookmarks(summitId, signal),
  });

/** My bookmarks; asks only when `enabled` (a delegate is logged in). */
export function useBookmarks(summitId: string | undefined, enabled: boolean) {
  return useQuery({
    ...bookmarksQueryOptions(summitId ?? ''),
    enabled: enabled && summitId !== undefined,
  });
}

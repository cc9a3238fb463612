import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/**
 * My agenda's calendar feed (`/api/agenda/{summitId}/my-feed`): whether I have one and since
 * when; its secret URL only in the answer that issued it.
 */
export type MyFeed = Schemas['MyFeed'];

export const myFeedPath = (summitId: string) =>
  `/api/agenda/${encodeURIComponent(summitId)}/my-feed`;

export const myFeedQueryKey = (summitId: string) => ['agenda', summitId, 'my-feed'] as const;

export function getMyFeed(summitId: string, signal?: AbortSignal): Promise<MyFeed> {
  return getJson<MyFeed>(myFeedPath(summitId), signal);
}

export const myFeedQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: myFeedQueryKey(summitId),
    queryFn: ({ signal }) => getMyFeed(summitId, signal),
  });

export function useMyFeed(summitId: string) {
  return useQuery(myFeedQueryOptions(summitId));
}

import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/**
 * The summit being prepared or held, as `GET /api/summits/current` returns it: first and last day
 * (ISO 8601 calendar dates, inclusive) in the venue's IANA time zone.
 */
export type Summit = Schemas['Summit'];

export const currentSummitPath = '/api/summits/current';

/** The current summit, or `null` while none has been set up (the API answers 404). */
export async function getCurrentSummit(signal?: AbortSignal): Promise<Summit | null> {
  try {
    return await getJson<Summit>(currentSummitPath, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return null;
    }
    throw error;
  }
}

export const currentSummitQueryOptions = () =>
  queryOptions({
    queryKey: ['summits', 'current'],
    queryFn: ({ signal }) => getCurrentSummit(signal),
  });

export function useCurrentSummit() {
  return useQuery(currentSummitQueryOptions());
}

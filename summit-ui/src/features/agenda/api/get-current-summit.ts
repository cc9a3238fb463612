import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, getJson } from '@/lib/api-client';
import type { LocalizedText } from '@/types/api';

/** The summit being prepared or held, as `GET /api/summits/current` returns it. */
export interface Summit {
  id: string;
  name: LocalizedText;
  venue: LocalizedText;
  /** First day, ISO 8601 calendar date (`2016-03-23`) in the summit's time zone. */
  startsOn: string;
  /** Last day, inclusive. */
  endsOn: string;
  /** IANA time zone of the venue, e.g. `Asia/Taipei`. */
  timeZone: string;
  version: number;
}

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

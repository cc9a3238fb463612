import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson, hasStatus } from '@/lib/api-client';

import type { Delegate } from '@/features/cities/api/get-city';

export const myProfilePath = '/api/delegates/me';

export const myProfileQueryKey = ['delegates', 'me'] as const;

/**
 * The logged-in delegate's own profile, private details included, or `null` while the account
 * is on no city's delegation list (the API answers 404).
 */
export async function getMyProfile(signal?: AbortSignal): Promise<Delegate | null> {
  try {
    return await getJson<Delegate>(myProfilePath, signal);
  } catch (error) {
    if (hasStatus(error, 404)) {
      return null;
    }
    throw error;
  }
}

export const myProfileQueryOptions = () =>
  queryOptions({
    queryKey: myProfileQueryKey,
    queryFn: ({ signal }) => getMyProfile(signal),
  });

export function useMyProfile() {
  return useQuery(myProfileQueryOptions());
}

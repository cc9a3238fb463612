import { queryOptions, useQuery } from '@tanstack/react-query';

import { getDeviceJson } from '@/lib/api-client';

import type { CeremonyDetails } from '@/features/ceremony/types';

export function ceremonyPath(ceremonyId: string): string {
  return `/api/ceremonies/${encodeURIComponent(ceremonyId)}`;
}

/**
 * The ceremony, its declaration and its signatories with where each stands, as a paired tablet or
 * big screen of that ceremony sees it (with the device's bearer `token`).
 */
export function getCeremony(
  ceremonyId: string,
  token: string,
  signal?: AbortSignal,
): Promise<CeremonyDetails> {
  return getDeviceJson<CeremonyDetails>(ceremonyPath(ceremonyId), token, signal);
}

export const ceremonyQueryKey = (ceremonyId: string) => ['ceremony', ceremonyId, 'details'];

export const ceremonyQueryOptions = (ceremonyId: string, token: string) =>
  queryOptions({
    queryKey: ceremonyQueryKey(ceremonyId),
    queryFn: ({ signal }) => getCeremony(ceremonyId, token, signal),
  });

/**
 * The ceremony as a device sees it. `refreshMs` (given what was last received) asks again on a
 * clock, for the moments no socket says that it changed (a tablet waiting to be called).
 */
export function useCeremony(
  ceremonyId: string,
  token: string,
  refreshMs?: (details: CeremonyDetails | undefined) => number | false,
) {
  return useQuery({
    ...ceremonyQueryOptions(ceremonyId, token),
    refetchInterval: (query) => refreshMs?.(query.state.data) ?? false,
  });
}

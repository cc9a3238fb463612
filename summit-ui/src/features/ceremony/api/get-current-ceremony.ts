import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';

import type { CeremonyDetails } from '@/features/ceremony/console-types';

export type { CeremonyDetails } from '@/features/ceremony/console-types';

export const ceremoniesPath = '/api/ceremonies';

/** Every query of the ceremony feature starts with this key, so one step refreshes them all. */
export const ceremonyQueryKey = ['ceremony'] as const;

export const currentCeremonyQueryKey = [...ceremonyQueryKey, 'current'] as const;

/** How often an open ceremony is asked for again: signatories confirm by the second. */
export const openCeremonyRefreshMs = 1_000;

/** The path of one ceremony, or of something of it (`/console`, `/seal`…). */
export function ceremonyPath(ceremonyId: string, rest = ''): string {
  return `${ceremoniesPath}/${encodeURIComponent(ceremonyId)}${rest}`;
}

/**
 * The ceremony of the current summit: its state, declaration and signatories in signing order;
 * staff and organisers. 404 (`ceremony.none`) while none has been set up.
 */
export function getCurrentCeremony(signal?: AbortSignal): Promise<CeremonyDetails> {
  return getJson<CeremonyDetails>(`${ceremoniesPath}/current`, signal);
}

export const currentCeremonyQueryOptions = () =>
  queryOptions({
    queryKey: currentCeremonyQueryKey,
    queryFn: ({ signal }) => getCurrentCeremony(signal),
    // Only while signing is open does the ceremony change without a step taken on this page.
    refetchInterval: (query) =>
      query.state.data?.ceremony.state === 'open' ? openCeremonyRefreshMs : false,
    staleTime: 0,
  });

export function useCurrentCeremony() {
  return useQuery(currentCeremonyQueryOptions());
}

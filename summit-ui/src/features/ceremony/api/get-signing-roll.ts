import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/**
 * One city on the signing roll, as `GET /api/ceremony/signing-roll` lists it: its place from 1,
 * and the delegate designated to sign for it (`null`, with name and title, while none is).
 */
export type SigningRollEntry = Schemas['SigningRollEntry'];

export const signingRollPath = '/api/ceremony/signing-roll';

/** How often the roll is asked for again, so staff see the organisers' changes as they come. */
export const signingRollRefreshMs = 10_000;

/**
 * The cities that sign the declaration, in signing order (observers and withdrawn cities are not
 * on it), each with its signatory or none yet; organisers and staff.
 */
export function getSigningRoll(signal?: AbortSignal): Promise<SigningRollEntry[]> {
  return getJson<SigningRollEntry[]>(signingRollPath, signal);
}

export const signingRollQueryOptions = () =>
  queryOptions({
    queryKey: ['ceremony', 'signing-roll'],
    queryFn: ({ signal }) => getSigningRoll(signal),
    refetchInterval: signingRollRefreshMs,
    // Signatories are designated on other pages: coming back here asks at once, not on the tick.
    staleTime: 0,
  });

export function useSigningRoll() {
  return useQuery(signingRollQueryOptions());
}

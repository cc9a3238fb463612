import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { ceremonyPath, ceremonyQueryKey } from '@/features/ceremony/api/get-current-ceremony';

/**
 * What the verification recomputed: `valid` only if the stored record is intact, it matches the
 * seal and, for an uploaded file, the file is the sealed PDF (`fileMatches` null when no file).
 */
export type Verification = Schemas['Verification'];

export const verificationQueryKey = (ceremonyId: string) =>
  [...ceremonyQueryKey, ceremonyId, 'verification'] as const;

/**
 * The sealed record of a ceremony checked again by the server: still intact and matching its seal.
 * Anyone may ask; a ceremony not sealed (or not known) answers 404 `ceremony.not-sealed`.
 */
export function getVerification(ceremonyId: string, signal?: AbortSignal): Promise<Verification> {
  return getJson<Verification>(ceremonyPath(ceremonyId, '/verification'), signal);
}

export const verificationQueryOptions = (ceremonyId: string) =>
  queryOptions({
    queryKey: verificationQueryKey(ceremonyId),
    queryFn: ({ signal }) => getVerification(ceremonyId, signal),
  });

export function useVerification(ceremonyId: string) {
  return useQuery(verificationQueryOptions(ceremonyId));
}

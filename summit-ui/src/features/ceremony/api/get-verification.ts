import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';

import { ceremonyPath, ceremonyQueryKey } from '@/features/ceremony/api/get-current-ceremony';
import type { Verification } from '@/features/ceremony/console-types';

export type { Verification } from '@/features/ceremony/console-types';

export const verificationQueryKey = (ceremonyId: string) =>
  [...ceremonyQueryKey, ceremonyId, 'verification'] as const;

/**
 * The sealed record of a ceremony checked again by the server: still intact and matching its seal.
 * Anyone may ask; a ceremony not sealed yet answers 409 `ceremony.not-sealed`.
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

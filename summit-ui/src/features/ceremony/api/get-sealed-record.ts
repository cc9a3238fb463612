import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';

import { ceremonyPath } from '@/features/ceremony/api/get-ceremony';
import type { SealedRecord } from '@/features/ceremony/types';

/**
 * Everything the seal fixed: the declaration, every signature's batches with the time each was
 * accepted, and the fingerprint; anyone may read it once the ceremony is sealed.
 */
export function getSealedRecord(ceremonyId: string, signal?: AbortSignal): Promise<SealedRecord> {
  return getJson<SealedRecord>(`${ceremonyPath(ceremonyId)}/record`, signal);
}

/** Where anyone downloads the sealed PDF. */
export function sealedPdfPath(ceremonyId: string): string {
  return `${ceremonyPath(ceremonyId)}/sealed.pdf`;
}

export const sealedRecordQueryOptions = (ceremonyId: string) =>
  queryOptions({
    queryKey: ['ceremony', ceremonyId, 'record'],
    queryFn: ({ signal }) => getSealedRecord(ceremonyId, signal),
    // A sealed record never changes.
    staleTime: Infinity,
  });

export function useSealedRecord(ceremonyId: string, enabled = true) {
  return useQuery({ ...sealedRecordQueryOptions(ceremonyId), enabled });
}

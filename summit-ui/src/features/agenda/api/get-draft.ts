import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** The draft programme as organisers edit it: every session with its conflicts. */
export type Draft = Schemas['Draft'];
export type DraftSession = Schemas['DraftSession'];
export type DraftConflict = Schemas['Conflict'];

export const agendaBase = (summitId: string) => `/api/agenda/${encodeURIComponent(summitId)}`;

export const draftPath = (summitId: string) => `${agendaBase(summitId)}/draft`;

export async function getDraft(summitId: string, signal?: AbortSignal): Promise<Draft> {
  return getJson<Draft>(draftPath(summitId), signal);
}

export const draftQueryKey = (summitId: string) => ['agenda', summitId, 'draft'] as const;

export const draftQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: draftQueryKey(summitId),
    queryFn: ({ signal }) => getDraft(summitId, signal),
  });

/** The draft of the summit `summitId` (organisers only). */
export function useDraft(summitId: string) {
  return useQuery(draftQueryOptions(summitId));
}

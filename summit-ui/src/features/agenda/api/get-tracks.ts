import { queryOptions, useQuery } from '@tanstack/react-query';

import { agendaBase } from '@/features/agenda/api/get-draft';
import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** A track of the programme (e.g. smart-city governance). */
export type Track = Schemas['Track'];

export const tracksPath = (summitId: string) => `${agendaBase(summitId)}/tracks`;

export async function getTracks(summitId: string, signal?: AbortSignal): Promise<Track[]> {
  return getJson<Track[]>(tracksPath(summitId), signal);
}

export const tracksQueryKey = (summitId: string) => ['agenda', summitId, 'tracks'] as const;

export const tracksQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: tracksQueryKey(summitId),
    queryFn: ({ signal }) => getTracks(summitId, signal),
  });

export function useTracks(summitId: string) {
  return useQuery(tracksQueryOptions(summitId));
}

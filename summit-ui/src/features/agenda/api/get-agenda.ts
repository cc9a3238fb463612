import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/**
 * The latest published release of a summit's programme, as `GET /api/summits/{summitId}/agenda`
 * returns it: rooms, tracks and sessions, with times as local date-times in `timeZone`.
 */
export type PublishedAgenda = Schemas['PublishedAgenda'];
export type PublishedSession = Schemas['PublishedAgenda.PublishedSession'];
export type PublishedRoom = Schemas['PublishedAgenda.PublishedRoom'];
export type PublishedTrack = Schemas['PublishedAgenda.PublishedTrack'];
export type AgendaChange = Schemas['AgendaChange'];

export const agendaPath = (summitId: string) =>
  `/api/summits/${encodeURIComponent(summitId)}/agenda`;

/** The latest release, or `null` while none is published (404 `agenda.not-published`). */
export async function getAgenda(
  summitId: string,
  signal?: AbortSignal,
): Promise<PublishedAgenda | null> {
  try {
    return await getJson<PublishedAgenda>(agendaPath(summitId), signal);
  } catch (error) {
    if (
      error instanceof ApiError &&
      error.status === 404 &&
      error.problem?.code === 'agenda.not-published'
    ) {
      return null;
    }
    throw error;
  }
}

/** The key of a summit's published programme; a new release refreshes what starts with it. */
export const agendaQueryKey = (summitId: string) => ['summits', summitId, 'agenda'] as const;

export const agendaQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: agendaQueryKey(summitId),
    queryFn: ({ signal }) => getAgenda(summitId, signal),
  });

/** The programme of the summit `summitId`; waits while the id is not known yet. */
export function useAgenda(summitId: string | undefined) {
  return useQuery({ ...agendaQueryOptions(summitId ?? ''), enabled: summitId !== undefined });
}

import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/**
 * My agenda, as `GET /api/agenda/{summitId}/mine` returns it to a delegate: the sessions of the
 * latest release they speak in or moderate and those they bookmarked, by start, each saying why.
 */
export type MyAgenda = Schemas['MyAgenda'];
export type MySession = Schemas['MySession'];

export const myAgendaPath = (summitId: string) =>
  `/api/agenda/${encodeURIComponent(summitId)}/mine`;

export const myAgendaQueryKey = (summitId: string) => ['agenda', summitId, 'mine'] as const;

/** My agenda, or `null` while no release is published (404 `agenda.not-published`). */
export async function getMyAgenda(
  summitId: string,
  signal?: AbortSignal,
): Promise<MyAgenda | null> {
  try {
    return await getJson<MyAgenda>(myAgendaPath(summitId), signal);
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

export const myAgendaQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: myAgendaQueryKey(summitId),
    queryFn: ({ signal }) => getMyAgenda(summitId, signal),
  });

export function useMyAgenda(summitId: string | undefined) {
  return useQuery({ ...myAgendaQueryOptions(summitId ?? ''), enabled: summitId !== undefined });
}

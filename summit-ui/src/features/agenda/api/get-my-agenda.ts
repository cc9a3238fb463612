import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/**
 * My agenda, as `GET /api/agenda/{summitId}/mine` returns it to a delegate: the sessions of the
 * latest release they speak in or moderate and those they bookmarked, by start, each saying why
 * (`release` 0 and no sessions before the first release); and the exchange meetings with other
 * cities they attend, by start, as they are placed now (also before the first release).
 */
export type MyAgenda = Schemas['MyAgenda'];
export type MySession = Schemas['MySession'];
export type MyExchange = Schemas['MyExchange'];

export const myAgendaPath = (summitId: string) =>
  `/api/agenda/${encodeURIComponent(summitId)}/mine`;

export const myAgendaQueryKey = (summitId: string) => ['agenda', summitId, 'mine'] as const;

/** My agenda; before the first release its `release` is 0 and it has my exchange meetings only. */
export function getMyAgenda(summitId: string, signal?: AbortSignal): Promise<MyAgenda> {
  return getJson<MyAgenda>(myAgendaPath(summitId), signal);
}

export const myAgendaQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: myAgendaQueryKey(summitId),
    queryFn: ({ signal }) => getMyAgenda(summitId, signal),
  });

export function useMyAgenda(summitId: string | undefined) {
  return useQuery({ ...myAgendaQueryOptions(summitId ?? ''), enabled: summitId !== undefined });
}

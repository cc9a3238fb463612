import { queryOptions, useQuery } from '@tanstack/react-query';

import { agendaBase } from '@/features/agenda/api/get-draft';
import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** A delegate the agenda knows, who can be named as a speaker or moderator. */
export type AgendaPerson = Schemas['AgendaPerson'];

export const peoplePath = (summitId: string) => `${agendaBase(summitId)}/people`;

export async function getPeople(summitId: string, signal?: AbortSignal): Promise<AgendaPerson[]> {
  return getJson<AgendaPerson[]>(peoplePath(summitId), signal);
}

export const peopleQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: ['agenda', summitId, 'people'],
    queryFn: ({ signal }) => getPeople(summitId, signal),
  });

export function usePeople(summitId: string) {
  return useQuery(peopleQueryOptions(summitId));
}

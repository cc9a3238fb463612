import { queryOptions, useQuery } from '@tanstack/react-query';

import { agendaBase } from '@/features/agenda/api/get-draft';
import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** A room of the summit: capacity, interpretation and opening hours (`HH:mm:ss`, or none). */
export type Room = Schemas['Room'];

export const roomsPath = (summitId: string) => `${agendaBase(summitId)}/rooms`;

export async function getRooms(summitId: string, signal?: AbortSignal): Promise<Room[]> {
  return getJson<Room[]>(roomsPath(summitId), signal);
}

export const roomsQueryKey = (summitId: string) => ['agenda', summitId, 'rooms'] as const;

export const roomsQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: roomsQueryKey(summitId),
    queryFn: ({ signal }) => getRooms(summitId, signal),
  });

export function useRooms(summitId: string) {
  return useQuery(roomsQueryOptions(summitId));
}

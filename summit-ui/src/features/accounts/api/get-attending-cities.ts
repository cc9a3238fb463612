import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** What the invitation form needs of a city from `GET /api/cities`: its code and its names. */
export type AttendingCity = Pick<Schemas['City'], 'id' | 'name' | 'attending'>;

/** The cities a delegate may be invited for: those still attending, in protocol order. */
export async function getAttendingCities(signal?: AbortSignal): Promise<AttendingCity[]> {
  const cities = await getJson<AttendingCity[]>('/api/cities', signal);
  return cities.filter((city) => city.attending);
}

export const attendingCitiesQueryOptions = () =>
  queryOptions({
    // Under the cities list's key: when a change there refreshes the list, this one is refreshed with it.
    queryKey: ['cities', 'attending'] as const,
    queryFn: ({ signal }) => getAttendingCities(signal),
  });

export function useAttendingCities() {
  return useQuery(attendingCitiesQueryOptions());
}

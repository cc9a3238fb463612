import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { LocalizedText, Schemas } from '@/types/api';

/**
 * The names of the attending cities by code, from `GET /api/cities` (people who are logged in),
 * so that the city filter offers names; anonymous visitors see the cities' codes.
 */
export const cityNamesQueryOptions = () =>
  queryOptions({
    queryKey: ['cities'],
    queryFn: ({ signal }) => getJson<Schemas['City'][]>('/api/cities', signal),
    select: (cities): Map<string, LocalizedText> =>
      new Map(cities.map((city) => [city.id, city.name])),
  });

export function useCityNames(enabled: boolean) {
  return useQuery({ ...cityNamesQueryOptions(), enabled });
}

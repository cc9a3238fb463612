import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Narrowed, Schemas } from '@/types/api';

import {
  citiesPath,
  citiesQueryKey,
  type CityKind,
  type CityRole,
} from '@/features/cities/api/get-cities';

export const preferredLanguages = ['zh-Hant', 'en'] as const;
/** The language in which a delegate wants to be written to. */
export type PreferredLanguage = (typeof preferredLanguages)[number];

/**
 * A member of a city's delegation. `email`, `phone`, `arrivesOn`, `departsOn` and
 * `preferredLanguage` are `null` when the viewer may not see private details (everybody but
 * organisers and the delegates of the same city); `languages` are BCP 47 tags.
 */
export type Delegate = Narrowed<
  Schemas['Delegate'],
  { preferredLanguage: PreferredLanguage | null }
>;

/**
 * A city with its delegation, as `GET /api/cities/{id}` returns it; `privateDetails` says whether
 * the delegates' private details are filled in for this viewer.
 */
export type CityDetail = Narrowed<
  Schemas['CityDetail'],
  { kind: CityKind; role: CityRole; delegates: Delegate[] }
>;

export const cityPath = (id: string) => `${citiesPath}/${encodeURIComponent(id)}`;

export const cityQueryKey = (id: string) => [...citiesQueryKey, id] as const;

export function getCity(id: string, signal?: AbortSignal): Promise<CityDetail> {
  return getJson<CityDetail>(cityPath(id), signal);
}

export const cityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: cityQueryKey(id),
    queryFn: ({ signal }) => getCity(id, signal),
  });

export function useCity(id: string) {
  return useQuery(cityQueryOptions(id));
}

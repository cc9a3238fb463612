import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { LocalizedText } from '@/types/api';

import { citiesPath, citiesQueryKey, type City } from '@/features/cities/api/get-cities';

export const preferredLanguages = ['zh-Hant', 'en'] as const;
/** The language in which a delegate wants to be written to. */
export type PreferredLanguage = (typeof preferredLanguages)[number];

/**
 * A member of a city's delegation. The last five fields are `null` when the viewer may not see
 * private details (everybody but organisers and the delegates of the same city).
 */
export interface Delegate {
  id: string;
  cityId: string;
  name: LocalizedText;
  title: LocalizedText;
  /** BCP 47 tags, e.g. `["zh-Hant", "en"]`. */
  languages: string[];
  needsInterpretation: boolean;
  version: number;
  email: string | null;
  phone: string | null;
  /** ISO 8601 calendar date, e.g. `2016-03-22`. */
  arrivesOn: string | null;
  departsOn: string | null;
  preferredLanguage: PreferredLanguage | null;
}

/** A city with its delegation, as `GET /api/cities/{id}` returns it. */
export interface CityDetail extends City {
  delegates: Delegate[];
  /** Whether the delegates' private details are filled in for this viewer. */
  privateDetails: boolean;
}

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

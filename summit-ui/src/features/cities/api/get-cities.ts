import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Narrowed, Schemas } from '@/types/api';

export const cityKinds = ['CITY', 'COUNTRY'] as const;
/** A city, or a country sending a national delegation. */
export type CityKind = (typeof cityKinds)[number];

export const cityRoles = ['HOST', 'GUEST', 'OBSERVER'] as const;
/** The host and guest cities sign the declaration; observer delegations do not. */
export type CityRole = (typeof cityRoles)[number];

/**
 * An attending city (or country delegation), as `GET /api/cities` lists it: its code (`taipei`),
 * ISO 3166-1 country, IANA time zone, place in the protocol order; `withdrawnAt` once it left.
 */
export type City = Narrowed<Schemas['City'], { kind: CityKind; role: CityRole }>;

export const citiesPath = '/api/cities';

/** The list; each city's own query key starts with it, so one invalidation refreshes both. */
export const citiesQueryKey = ['cities'] as const;

/** Every city, in protocol order; organisers, delegates and staff. */
export function getCities(signal?: AbortSignal): Promise<City[]> {
  return getJson<City[]>(citiesPath, signal);
}

export const citiesQueryOptions = () =>
  queryOptions({
    queryKey: citiesQueryKey,
    queryFn: ({ signal }) => getCities(signal),
  });

export function useCities() {
  return useQuery(citiesQueryOptions());
}

/** Whether the city's role is one whose signatory signs the declaration. */
export function signs(role: CityRole): boolean {
  return role !== 'OBSERVER';
}

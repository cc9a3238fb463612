import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { LocalizedText } from '@/types/api';

export const cityKinds = ['CITY', 'COUNTRY'] as const;
/** A city, or a country sending a national delegation. */
export type CityKind = (typeof cityKinds)[number];

export const cityRoles = ['HOST', 'GUEST', 'OBSERVER'] as const;
/** The host and guest cities sign the declaration; observer delegations do not. */
export type CityRole = (typeof cityRoles)[number];

/** An attending city (or country delegation), as `GET /api/cities` lists it. */
export interface City {
  /** Its code, e.g. `taipei` or `tel-aviv`. */
  id: string;
  name: LocalizedText;
  kind: CityKind;
  role: CityRole;
  /** ISO 3166-1 alpha-2 code, e.g. `TW`. */
  country: string;
  /** IANA time zone, e.g. `Asia/Taipei`. */
  timeZone: string;
  description: LocalizedText | null;
  /** Its place in the protocol order, from the first. */
  protocolPosition: number;
  /** False once the city has withdrawn from the summit. */
  attending: boolean;
  /** ISO 8601 instant of the withdrawal. */
  withdrawnAt: string | null;
  headOfDelegationId: string | null;
  signatoryId: string | null;
  delegateCount: number;
  version: number;
}

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

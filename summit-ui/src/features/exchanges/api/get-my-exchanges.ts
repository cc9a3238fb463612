import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Narrowed, Schemas } from '@/types/api';

/** A city's answer to an exchange it is invited to (the requesting city's is always `accepted`). */
export type ExchangeAnswer = 'pending' | 'times-proposed' | 'accepted' | 'declined';
/** Where an exchange stands: waiting for answers, agreed, declined by all, or called off. */
export type ExchangeStatus = 'requested' | 'agreed' | 'declined' | 'cancelled';

export type ExchangeParty = Narrowed<Schemas['ExchangeParty'], { answer: ExchangeAnswer }>;
export type ExchangePlacement = Schemas['ExchangePlacement'];
export type ExchangeOutcome = Schemas['ExchangeOutcome'];
export type ExchangeTimeRange = Schemas['ExchangeTimeRange'];

/** An exchange with every city's answer, its place once placed, and the cities' outcomes. */
export type Exchange = Narrowed<
  Schemas['Exchange'],
  { status: ExchangeStatus; cities: ExchangeParty[] }
>;

/** Every query of this feature starts with this key, so one change refreshes them all. */
export const exchangesQueryKey = ['exchanges'] as const;

export const myExchangesPath = '/api/exchanges/mine';

/** My city's exchanges, asked by it or to it (`GET /api/exchanges/mine`, delegates). */
export function getMyExchanges(signal?: AbortSignal): Promise<Exchange[]> {
  return getJson<Exchange[]>(myExchangesPath, signal);
}

export const myExchangesQueryOptions = () =>
  queryOptions({
    queryKey: [...exchangesQueryKey, 'mine'],
    queryFn: ({ signal }) => getMyExchanges(signal),
  });

export function useMyExchanges() {
  return useQuery(myExchangesQueryOptions());
}

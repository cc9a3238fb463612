import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangesQueryKey } from '@/features/exchanges/api/get-my-exchanges';

/** A city my city can invite: its id to send back, its name in both languages to show. */
export type ExchangeCityChoice = Schemas['ExchangeCityChoice'];

export const exchangeCitiesPath = '/api/exchanges/cities';

/** The cities my city can ask for an exchange: every attending city but mine. */
export function getExchangeCities(signal?: AbortSignal): Promise<ExchangeCityChoice[]> {
  return getJson<ExchangeCityChoice[]>(exchangeCitiesPath, signal);
}

export const exchangeCitiesQueryOptions = () =>
  queryOptions({
    queryKey: [...exchangesQueryKey, 'cities'],
    queryFn: ({ signal }) => getExchangeCities(signal),
  });

export function useExchangeCities() {
  return useQuery(exchangeCitiesQueryOptions());
}

import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';

import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

export const exchangesPath = '/api/exchanges';

/** Every exchange, oldest request first (`GET /api/exchanges`, organisers). */
export function getExchanges(signal?: AbortSignal): Promise<Exchange[]> {
  return getJson<Exchange[]>(exchangesPath, signal);
}

export const exchangesQueryOptions = () =>
  queryOptions({
    queryKey: [...exchangesQueryKey, 'all'],
    queryFn: ({ signal }) => getExchanges(signal),
  });

export function useExchanges() {
  return useQuery(exchangesQueryOptions());
}

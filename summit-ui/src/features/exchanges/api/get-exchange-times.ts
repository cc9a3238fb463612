import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangesQueryKey } from '@/features/exchanges/api/get-my-exchanges';

/** An exchange block as delegates see it: where, when, and its slots (local times of the summit). */
export type BlockTimes = Schemas['ExchangeBlockTimes'];

export const exchangeTimesPath = '/api/exchanges/times';

/** Every exchange block with its slots: the times one may prefer for an exchange. */
export async function getExchangeTimes(signal?: AbortSignal): Promise<BlockTimes[]> {
  return getJson<BlockTimes[]>(exchangeTimesPath, signal);
}

export const exchangeTimesQueryOptions = () =>
  queryOptions({
    queryKey: [...exchangesQueryKey, 'times'],
    queryFn: ({ signal }) => getExchangeTimes(signal),
  });

export function useExchangeTimes() {
  return useQuery(exchangeTimesQueryOptions());
}

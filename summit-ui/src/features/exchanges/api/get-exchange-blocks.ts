import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangesQueryKey } from '@/features/exchanges/api/get-my-exchanges';

/** An exchange block of the programme with its tables, meeting length and slots. */
export type ExchangeBlock = Schemas['ExchangeBlock'];
export type ExchangeTable = Schemas['ExchangeTable'];

export const exchangeBlocksPath = '/api/exchange-blocks';

export const exchangeBlocksQueryKey = (summitId: string) =>
  [...exchangesQueryKey, 'blocks', summitId] as const;

/** The summit's exchange blocks by start (`GET /api/exchange-blocks/summit/{summitId}`, organisers). */
export function getExchangeBlocks(
  summitId: string,
  signal?: AbortSignal,
): Promise<ExchangeBlock[]> {
  return getJson<ExchangeBlock[]>(
    `${exchangeBlocksPath}/summit/${encodeURIComponent(summitId)}`,
    signal,
  );
}

export const exchangeBlocksQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: exchangeBlocksQueryKey(summitId),
    queryFn: ({ signal }) => getExchangeBlocks(summitId, signal),
  });

export function useExchangeBlocks(summitId: string) {
  return useQuery(exchangeBlocksQueryOptions(summitId));
}

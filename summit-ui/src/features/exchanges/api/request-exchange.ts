import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangesPath } from '@/features/exchanges/api/get-exchanges';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

export type ExchangeRequest = Schemas['ExchangeRequest'];

/** Asks one city, or several for a multilateral exchange, for an exchange (`POST /api/exchanges`). */
export function requestExchange(request: ExchangeRequest): Promise<Exchange> {
  return sendJson<Exchange>('POST', exchangesPath, request);
}

export function useRequestExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestExchange,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangePath } from '@/features/exchanges/api/exchange-path';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

export type ExchangeAcceptance = Schemas['ExchangeAcceptance'];

/** My city accepts the exchange and names who attends (`POST …/acceptance`). */
export function acceptExchange(exchangeId: string, body: ExchangeAcceptance): Promise<Exchange> {
  return sendJson<Exchange>('POST', `${exchangePath(exchangeId)}/acceptance`, body);
}

export function useAcceptExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exchangeId, body }: { exchangeId: string; body: ExchangeAcceptance }) =>
      acceptExchange(exchangeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

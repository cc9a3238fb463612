import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangePath } from '@/features/exchanges/api/exchange-path';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

export type ExchangeReason = Schemas['ExchangeReason'];

/** My city declines the exchange, saying why (`POST …/decline`). */
export function declineExchange(exchangeId: string, body: ExchangeReason): Promise<Exchange> {
  return sendJson<Exchange>('POST', `${exchangePath(exchangeId)}/decline`, body);
}

export function useDeclineExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exchangeId, body }: { exchangeId: string; body: ExchangeReason }) =>
      declineExchange(exchangeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangePath } from '@/features/exchanges/api/exchange-path';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

export type ExchangeReason = Schemas['ExchangeReason'];

/** Calls the exchange off, saying why (`POST …/cancellation`). */
export function cancelExchange(exchangeId: string, body: ExchangeReason): Promise<Exchange> {
  return sendJson<Exchange>('POST', `${exchangePath(exchangeId)}/cancellation`, body);
}

export function useCancelExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exchangeId, body }: { exchangeId: string; body: ExchangeReason }) =>
      cancelExchange(exchangeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { exchangePath } from '@/features/exchanges/api/exchange-path';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

/** Unpins a placed exchange, so that scheduling may move it again (organisers). */
export function unpinExchange(exchangeId: string): Promise<Exchange> {
  return sendJson<Exchange>('DELETE', `${exchangePath(exchangeId)}/placement/pin`);
}

export function useUnpinExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unpinExchange,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

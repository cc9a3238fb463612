import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangePath } from '@/features/exchanges/api/exchange-path';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

export type ExchangeTimesProposal = Schemas['ExchangeTimesProposal'];

/** My city proposes other times; it still accepts or declines later (`POST …/proposal`). */
export function proposeExchangeTimes(
  exchangeId: string,
  body: ExchangeTimesProposal,
): Promise<Exchange> {
  return sendJson<Exchange>('POST', `${exchangePath(exchangeId)}/proposal`, body);
}

export function useProposeExchangeTimes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exchangeId, body }: { exchangeId: string; body: ExchangeTimesProposal }) =>
      proposeExchangeTimes(exchangeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

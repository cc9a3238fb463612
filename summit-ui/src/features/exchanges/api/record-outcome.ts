import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangePath } from '@/features/exchanges/api/exchange-path';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

export type ExchangeOutcomeInput = Schemas['ExchangeOutcomeInput'];

/** Records my city's outcome of the exchange, replacing an earlier one (`PUT …/outcomes/mine`). */
export function recordOutcome(exchangeId: string, body: ExchangeOutcomeInput): Promise<Exchange> {
  return sendJson<Exchange>('PUT', `${exchangePath(exchangeId)}/outcomes/mine`, body);
}

export function useRecordOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exchangeId, body }: { exchangeId: string; body: ExchangeOutcomeInput }) =>
      recordOutcome(exchangeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

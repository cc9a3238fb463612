import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangePath } from '@/features/exchanges/api/exchange-path';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';

export type ExchangePlacementInput = Schemas['ExchangePlacementInput'];

/** Places or moves an agreed exchange by hand, pinned or not (`PUT …/placement`, organisers); 409 with the reason when a rule breaks. */
export function placeExchange(exchangeId: string, body: ExchangePlacementInput): Promise<Exchange> {
  return sendJson<Exchange>('PUT', `${exchangePath(exchangeId)}/placement`, body);
}

export function usePlaceExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exchangeId, body }: { exchangeId: string; body: ExchangePlacementInput }) =>
      placeExchange(exchangeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

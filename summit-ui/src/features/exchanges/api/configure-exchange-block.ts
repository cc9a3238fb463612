import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import {
  exchangeBlocksPath,
  type ExchangeBlock,
} from '@/features/exchanges/api/get-exchange-blocks';
import { exchangesQueryKey } from '@/features/exchanges/api/get-my-exchanges';

export type ExchangeBlockSettings = Schemas['ExchangeBlockSettings'];

/**
 * Sets a block's meeting length, place and tables (`PUT /api/exchange-blocks/{blockId}`, with the
 * version edited); exchanges at a removed table or a time no longer a slot lose their place.
 */
export function configureExchangeBlock(
  blockId: string,
  settings: ExchangeBlockSettings,
): Promise<ExchangeBlock> {
  return sendJson<ExchangeBlock>(
    'PUT',
    `${exchangeBlocksPath}/${encodeURIComponent(blockId)}`,
    settings,
  );
}

export function useConfigureExchangeBlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ blockId, settings }: { blockId: string; settings: ExchangeBlockSettings }) =>
      configureExchangeBlock(blockId, settings),
    // Placements may have been lost, and the delegates' times changed: refresh everything.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangesQueryKey }),
  });
}

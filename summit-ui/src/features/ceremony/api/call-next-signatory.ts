import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import { ceremonyPath, ceremonyQueryKey } from '@/features/ceremony/api/get-current-ceremony';

/**
 * Calls the next signatory in signing order who has not been called, when signing was opened one
 * by one; their tablet then takes strokes. Staff and organisers.
 */
export async function callNextSignatory(ceremonyId: string): Promise<void> {
  await send('POST', ceremonyPath(ceremonyId, '/calls'));
}

export function useCallNextSignatory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: callNextSignatory,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ceremonyQueryKey }),
  });
}

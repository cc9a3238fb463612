import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import {
  ceremonyPath,
  ceremonyQueryKey,
  type SigningMode,
} from '@/features/ceremony/api/get-current-ceremony';

/** Opens the signing of a ready ceremony, for everyone at once or one by one; staff and organisers. */
export async function openSigning({
  ceremonyId,
  mode,
}: {
  ceremonyId: string;
  mode: SigningMode;
}): Promise<void> {
  await send('POST', ceremonyPath(ceremonyId, '/opening'), { mode });
}

export function useOpenSigning() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openSigning,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ceremonyQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import { ceremonyPath, ceremonyQueryKey } from '@/features/ceremony/api/get-current-ceremony';

/**
 * Makes a drafted ceremony ready: the declaration is locked under its fingerprint and the
 * signatories are fixed from the signing roll; staff and organisers.
 */
export async function prepareCeremony(ceremonyId: string): Promise<void> {
  await send('POST', ceremonyPath(ceremonyId, '/preparation'));
}

export function usePrepareCeremony() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: prepareCeremony,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ceremonyQueryKey }),
  });
}

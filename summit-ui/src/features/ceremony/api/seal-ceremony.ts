import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { ceremonyPath, ceremonyQueryKey } from '@/features/ceremony/api/get-current-ceremony';

/** The seal: its fingerprint, when, and where the sealed PDF and its verification page are. */
export type SealResult = Schemas['CeremonySeal'];

/**
 * Seals the declaration once every signatory has confirmed or been marked absent: the answer
 * holds the seal's fingerprint and where the sealed PDF and its verification page are.
 */
export function sealCeremony(ceremonyId: string): Promise<SealResult> {
  return sendJson<SealResult>('POST', ceremonyPath(ceremonyId, '/seal'));
}

export function useSealCeremony() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sealCeremony,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ceremonyQueryKey }),
  });
}

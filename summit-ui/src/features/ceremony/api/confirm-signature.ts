import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendDeviceJson } from '@/lib/api-client';

import { ceremonyPath, ceremonyQueryKey } from '@/features/ceremony/api/get-ceremony';
import type { CeremonySignatory } from '@/features/ceremony/types';

export interface ConfirmSignatureInput {
  ceremonyId: string;
  /** The tablet's bearer token: the signature confirmed is the one of the tablet's signatory. */
  token: string;
  /** The last batch the server acknowledged: the signature confirmed is the one it ends. */
  lastSeq: number;
}

/** Confirms the tablet's signatory's signature as it stands at `lastSeq`; final. */
export function confirmSignature({
  ceremonyId,
  token,
  lastSeq,
}: ConfirmSignatureInput): Promise<CeremonySignatory> {
  return sendDeviceJson<CeremonySignatory>(
    'POST',
    `${ceremonyPath(ceremonyId)}/signatures/mine/confirmation`,
    token,
    { lastSeq },
  );
}

export function useConfirmSignature() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmSignature,
    onSuccess: (_, { ceremonyId }) =>
      queryClient.invalidateQueries({ queryKey: ceremonyQueryKey(ceremonyId) }),
  });
}

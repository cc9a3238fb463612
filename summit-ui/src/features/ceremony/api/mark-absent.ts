import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import { ceremonyPath, ceremonyQueryKey } from '@/features/ceremony/api/get-current-ceremony';

/**
 * Records that a signatory cannot come, while the ceremony is ready or open and they have not
 * confirmed: the declaration is sealed without their signature. Staff and organisers.
 */
export async function markAbsent({
  ceremonyId,
  signatoryId,
}: {
  ceremonyId: string;
  signatoryId: string;
}): Promise<void> {
  await send(
    'POST',
    ceremonyPath(ceremonyId, `/signatories/${encodeURIComponent(signatoryId)}/absence`),
  );
}

export function useMarkAbsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAbsent,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ceremonyQueryKey }),
  });
}

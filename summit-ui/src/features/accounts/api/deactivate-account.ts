import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import { accountsPath, accountsQueryKey } from '@/features/accounts/api/get-accounts';

export interface DeactivationChange {
  accountId: string;
  /** True to deactivate (`POST …/deactivation`), false to reactivate (`DELETE …/deactivation`). */
  deactivate: boolean;
}

/**
 * Deactivates an account (it cannot log in, its sessions end at once) or reactivates it; organisers
 * only, never their own account.
 */
export async function changeDeactivation({
  accountId,
  deactivate,
}: DeactivationChange): Promise<void> {
  await send(
    deactivate ? 'POST' : 'DELETE',
    `${accountsPath}/${encodeURIComponent(accountId)}/deactivation`,
  );
}

export function useChangeDeactivation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeDeactivation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import {
  pairedDevicesPath,
  pairedDevicesQueryKey,
} from '@/features/accounts/api/get-paired-devices';

/** Revokes a paired device: its next request is refused; staff and organisers. */
export async function revokeDevice(deviceId: string): Promise<void> {
  await send('DELETE', `${pairedDevicesPath}/${encodeURIComponent(deviceId)}`);
}

export function useRevokeDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeDevice,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pairedDevicesQueryKey }),
  });
}

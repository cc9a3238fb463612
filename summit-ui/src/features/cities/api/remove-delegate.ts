import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import { citiesQueryKey } from '@/features/cities/api/get-cities';
import { delegatePath } from '@/features/cities/api/update-delegate';

export interface DelegateRemoval {
  cityId: string;
  delegateId: string;
}

/** Takes a delegate off their city's delegation (204); organisers only. */
export function removeDelegate({ cityId, delegateId }: DelegateRemoval): Promise<void> {
  return send('DELETE', delegatePath(cityId, delegateId));
}

export function useRemoveDelegate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeDelegate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

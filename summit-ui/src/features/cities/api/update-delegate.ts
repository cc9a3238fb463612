import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { citiesQueryKey } from '@/features/cities/api/get-cities';
import { cityPath, type Delegate } from '@/features/cities/api/get-city';
import type { DelegateRequest } from '@/features/cities/api/add-delegate';

export interface DelegateUpdate {
  cityId: string;
  delegateId: string;
  request: DelegateRequest & { version: number };
}

export const delegatePath = (cityId: string, delegateId: string) =>
  `${cityPath(cityId)}/delegates/${encodeURIComponent(delegateId)}`;

/** Changes a delegate's details; a stale `version` answers 409. Organisers only. */
export function updateDelegate({ cityId, delegateId, request }: DelegateUpdate): Promise<Delegate> {
  return sendJson<Delegate>('PUT', delegatePath(cityId, delegateId), request);
}

export function useUpdateDelegate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDelegate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

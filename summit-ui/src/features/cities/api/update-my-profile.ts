import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import type { DelegateRequest } from '@/features/cities/api/add-delegate';
import { citiesQueryKey } from '@/features/cities/api/get-cities';
import type { Delegate } from '@/features/cities/api/get-city';
import { myProfilePath, myProfileQueryKey } from '@/features/cities/api/get-my-profile';

/** Changes the logged-in delegate's own profile; the e-mail address is not theirs to change. */
export function updateMyProfile(request: DelegateRequest & { version: number }): Promise<Delegate> {
  return sendJson<Delegate>('PUT', myProfilePath, request);
}

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(myProfileQueryKey, profile);
      return queryClient.invalidateQueries({ queryKey: citiesQueryKey });
    },
  });
}

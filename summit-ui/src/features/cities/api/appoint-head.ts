import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { citiesQueryKey, type City } from '@/features/cities/api/get-cities';
import { cityPath } from '@/features/cities/api/get-city';

export interface HeadAppointment {
  cityId: string;
  /** The delegate who heads the delegation, or `null` for none. */
  delegateId: string | null;
}

/** Makes a delegate the head of their city's delegation; organisers only. */
export function appointHead({ cityId, delegateId }: HeadAppointment): Promise<City> {
  return sendJson<City>('PUT', `${cityPath(cityId)}/head`, { delegateId });
}

export function useAppointHead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appointHead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

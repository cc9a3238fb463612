import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { citiesQueryKey, type City } from '@/features/cities/api/get-cities';
import { cityPath } from '@/features/cities/api/get-city';

/** Withdraws a city from the summit; it keeps its record but can no longer change. */
export function withdrawCity(id: string): Promise<City> {
  return sendJson<City>('POST', `${cityPath(id)}/withdrawal`);
}

export function useWithdrawCity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawCity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

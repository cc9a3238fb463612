import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { citiesQueryKey, type City } from '@/features/cities/api/get-cities';
import { cityPath } from '@/features/cities/api/get-city';

/** Leaves the city without a signatory, so that another one can be designated. */
export function withdrawSignatory(cityId: string): Promise<City> {
  return sendJson<City>('DELETE', `${cityPath(cityId)}/signatory`);
}

export function useWithdrawSignatory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawSignatory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

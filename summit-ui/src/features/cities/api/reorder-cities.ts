import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { citiesPath, citiesQueryKey, type City } from '@/features/cities/api/get-cities';

/** Sets the protocol order: every attending city's code once, the first first. */
export function reorderCities(cityIds: string[]): Promise<City[]> {
  return sendJson<City[]>('PUT', `${citiesPath}/protocol-order`, { cityIds });
}

export function useReorderCities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderCities,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { citiesPath, citiesQueryKey, type City } from '@/features/cities/api/get-cities';

/**
 * What organisers send to register a city (with `id`, its code, which cannot change afterwards) or
 * to change it (with the `version` the change is based on).
 */
export type CityRequest = Schemas['CityRequest'];

/** Registers a city at the end of the protocol order; organisers only. */
export function registerCity(request: CityRequest): Promise<City> {
  return sendJson<City>('POST', citiesPath, request);
}

export function useRegisterCity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerCity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { citiesQueryKey, type City } from '@/features/cities/api/get-cities';
import { cityPath } from '@/features/cities/api/get-city';
import type { CityRequest } from '@/features/cities/api/register-city';

export interface CityUpdate {
  id: string;
  request: Omit<CityRequest, 'id'> & { version: number };
}

/** Changes a city's details; a stale `version` answers 409. Organisers only. */
export function updateCity({ id, request }: CityUpdate): Promise<City> {
  return sendJson<City>('PUT', cityPath(id), request);
}

export function useUpdateCity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

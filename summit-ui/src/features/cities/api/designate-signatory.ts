import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { citiesQueryKey, type City } from '@/features/cities/api/get-cities';
import { cityPath } from '@/features/cities/api/get-city';

export interface SignatoryDesignation {
  cityId: string;
  delegateId: string;
}

/**
 * Designates the delegate who signs the declaration for their city; a city that already has
 * another signatory answers 409. Organisers only.
 */
export function designateSignatory({ cityId, delegateId }: SignatoryDesignation): Promise<City> {
  return sendJson<City>('PUT', `${cityPath(cityId)}/signatory`, { delegateId });
}

export function useDesignateSignatory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: designateSignatory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

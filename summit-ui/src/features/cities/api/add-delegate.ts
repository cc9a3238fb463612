import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { citiesQueryKey } from '@/features/cities/api/get-cities';
import { cityPath, type Delegate } from '@/features/cities/api/get-city';

/**
 * A delegate's details as organisers (and, for themselves, delegates) send them; `languages` are
 * BCP 47 tags, the dates ISO 8601 calendar dates, `version` the one a change is based on.
 */
export type DelegateRequest = Schemas['DelegateRequest'];

export interface NewDelegate {
  cityId: string;
  request: DelegateRequest;
}

/** Adds a delegate to a city's delegation; organisers only. */
export function addDelegate({ cityId, request }: NewDelegate): Promise<Delegate> {
  return sendJson<Delegate>('POST', `${cityPath(cityId)}/delegates`, request);
}

export function useAddDelegate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addDelegate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

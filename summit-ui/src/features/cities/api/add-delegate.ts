import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { LocalizedText } from '@/types/api';

import { citiesQueryKey } from '@/features/cities/api/get-cities';
import { cityPath, type Delegate, type PreferredLanguage } from '@/features/cities/api/get-city';

/** A delegate's details as organisers (and, for themselves, delegates) send them. */
export interface DelegateRequest {
  name: LocalizedText;
  title: LocalizedText;
  /** BCP 47 tags, e.g. `["zh-Hant", "en"]`. */
  languages: string[];
  needsInterpretation: boolean;
  /** ISO 8601 calendar dates. */
  arrivesOn?: string | null;
  departsOn?: string | null;
  email: string;
  phone?: string | null;
  preferredLanguage: PreferredLanguage;
  /** The version the change is based on; required when changing a delegate. */
  version?: number;
}

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

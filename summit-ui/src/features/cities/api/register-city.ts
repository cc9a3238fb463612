import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { LocalizedText } from '@/types/api';

import {
  citiesPath,
  citiesQueryKey,
  type City,
  type CityKind,
  type CityRole,
} from '@/features/cities/api/get-cities';

/** What organisers send to register a city (with `id`) or to change it (with `version`). */
export interface CityRequest {
  /** The code, only when registering; it cannot change afterwards. */
  id?: string;
  name: LocalizedText;
  kind: CityKind;
  role: CityRole;
  country: string;
  timeZone: string;
  description?: LocalizedText | null;
  /** The version the change is based on; required when changing a city. */
  version?: number;
}

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

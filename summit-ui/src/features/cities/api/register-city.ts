import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import {
  citiesPath,
  citiesQueryKey,
  type City,
  type CityKind,
  type CityRole,
} from '@/features/cities/api/get-cities';

/** A text given in both of Summit's languages. */
export interface BilingualText {
  'zh-Hant': string;
  en: string;
}

/** What organisers send to register a city (with `id`) or to change it (with `version`). */
export interface CityRequest {
  /** The code, only when registering; it cannot change afterwards. */
  id?: string;
  name: BilingualText;
  kind: CityKind;
  role: CityRole;
  country: string;
  timeZone: string;
  description?: BilingualText | null;
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

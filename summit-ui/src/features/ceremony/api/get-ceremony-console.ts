import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Narrowed, Schemas } from '@/types/api';

import {
  ceremonyPath,
  ceremonyQueryKey,
  type CeremonySignatory,
  type CeremonySummary,
} from '@/features/ceremony/api/get-current-ceremony';

/** How a signatory's tablet is linked now: none paired, paired, or connected (its page open). */
export type TabletConnection = NonNullable<Schemas['ConsoleSignatory']['tablet']>;

/** A signatory as the console follows them: their tablet, and whether strokes are arriving now. */
export type ConsoleSignatory = Narrowed<
  Schemas['ConsoleSignatory'],
  { signatory: CeremonySignatory; tablet: TabletConnection }
>;

/** The console's view: the ceremony, each signatory live, and the big screens paired and connected. */
export type CeremonyConsole = Narrowed<
  Schemas['CeremonyConsole'],
  { ceremony: CeremonySummary; signatories: ConsoleSignatory[] }
>;

/** How often the console asks again: tablets connect and signatories sign by the second. */
export const consoleRefreshMs = 1_000;

export const ceremonyConsoleQueryKey = (ceremonyId: string) =>
  [...ceremonyQueryKey, ceremonyId, 'console'] as const;

/**
 * The ceremony as staff follow it: each signatory in signing order with their tablet's connection
 * and whether they are signing now, and the big screens paired and connected; staff, organisers.
 */
export function getCeremonyConsole(
  ceremonyId: string,
  signal?: AbortSignal,
): Promise<CeremonyConsole> {
  return getJson<CeremonyConsole>(ceremonyPath(ceremonyId, '/console'), signal);
}

export const ceremonyConsoleQueryOptions = (ceremonyId: string) =>
  queryOptions({
    queryKey: ceremonyConsoleQueryKey(ceremonyId),
    queryFn: ({ signal }) => getCeremonyConsole(ceremonyId, signal),
    // Devices pair and connect before the signing opens too; only a sealed ceremony is still.
    refetchInterval: (query) =>
      query.state.data?.ceremony.state === 'sealed' ? false : consoleRefreshMs,
    staleTime: 0,
  });

export function useCeremonyConsole(ceremonyId: string) {
  return useQuery(ceremonyConsoleQueryOptions(ceremonyId));
}

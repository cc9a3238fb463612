import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Narrowed, Schemas } from '@/types/api';

/** Where a ceremony is: drafted, ready (text locked, signatories fixed), open for signing, sealed. */
export type CeremonyState = NonNullable<Schemas['Ceremony']['state']>;

/** How signing was opened: for every signatory at once, or one by one as staff call them. */
export type SigningMode = NonNullable<Schemas['Ceremony']['signingMode']>;

/** Where one signatory is: waiting to be called, called, confirmed (final) or marked absent. */
export type SignatoryStatus = NonNullable<Schemas['CeremonySignatory']['status']>;

/**
 * The ceremony itself (instants ISO 8601): `textFingerprint` once the text is locked, `version`
 * to send back when the declaration is edited.
 */
export type CeremonySummary = Narrowed<Schemas['Ceremony'], { state: CeremonyState }>;

/** One signatory of the ceremony, in signing order, with both names of their city. */
export type CeremonySignatory = Narrowed<Schemas['CeremonySignatory'], { status: SignatoryStatus }>;

/** The ceremony with its declaration (the locked text once ready) and its signatories. */
export type CeremonyDetails = Narrowed<
  Schemas['CeremonyDetails'],
  { ceremony: CeremonySummary; signatories: CeremonySignatory[] }
>;

/** Both language versions of the declaration, each as authored, and the date of signing. */
export type Declaration = CeremonyDetails['declaration'];

/** One language version: title, preamble (may be empty), numbered articles, place. */
export type DeclarationText = Declaration['en'];

export const ceremoniesPath = '/api/ceremonies';

/** Every query of the ceremony feature starts with this key, so one step refreshes them all. */
export const ceremonyQueryKey = ['ceremony'] as const;

export const currentCeremonyQueryKey = [...ceremonyQueryKey, 'current'] as const;

/** How often an open ceremony is asked for again: signatories confirm by the second. */
export const openCeremonyRefreshMs = 1_000;

/** The path of one ceremony, or of something of it (`/console`, `/seal`…). */
export function ceremonyPath(ceremonyId: string, rest = ''): string {
  return `${ceremoniesPath}/${encodeURIComponent(ceremonyId)}${rest}`;
}

/**
 * The ceremony of the current summit: its state, declaration and signatories in signing order;
 * staff and organisers. 404 (`ceremony.none`) while none has been set up.
 */
export function getCurrentCeremony(signal?: AbortSignal): Promise<CeremonyDetails> {
  return getJson<CeremonyDetails>(`${ceremoniesPath}/current`, signal);
}

export const currentCeremonyQueryOptions = () =>
  queryOptions({
    queryKey: currentCeremonyQueryKey,
    queryFn: ({ signal }) => getCurrentCeremony(signal),
    // Only while signing is open does the ceremony change without a step taken on this page.
    refetchInterval: (query) =>
      query.state.data?.ceremony.state === 'open' ? openCeremonyRefreshMs : false,
    staleTime: 0,
  });

export function useCurrentCeremony() {
  return useQuery(currentCeremonyQueryOptions());
}

import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** The draft programme as organisers edit it: every session with its conflicts. */
/**
 * One conflict of a session; the document cannot say what `args` holds (a map of any values: names
 * in both languages, times, the session's id), so they are read as unknown values.
 */
export type DraftConflict = Omit<Schemas['Conflict'], 'args'> & { args: Record<string, unknown> };
export type DraftSession = Omit<Schemas['DraftSession'], 'conflicts'> & {
  conflicts: DraftConflict[];
};
export type Draft = Omit<Schemas['Draft'], 'sessions' | 'conflicts'> & {
  sessions: DraftSession[];
  conflicts: DraftConflict[];
};

export const agendaBase = (summitId: string) => `/api/agenda/${encodeURIComponent(summitId)}`;

export const draftPath = (summitId: string) => `${agendaBase(summitId)}/draft`;

export async function getDraft(summitId: string, signal?: AbortSignal): Promise<Draft> {
  return getJson<Draft>(draftPath(summitId), signal);
}

export const draftQueryKey = (summitId: string) => ['agenda', summitId, 'draft'] as const;

export const draftQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: draftQueryKey(summitId),
    queryFn: ({ signal }) => getDraft(summitId, signal),
  });

/** The draft of the summit `summitId` (organisers only). */
export function useDraft(summitId: string) {
  return useQuery(draftQueryOptions(summitId));
}

import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, getJson } from '@/lib/api-client';
import type { Narrowed, Schemas } from '@/types/api';

import { exchangesQueryKey } from '@/features/exchanges/api/get-my-exchanges';

export type SchedulingRunState = 'RUNNING' | 'DONE' | 'CANCELLED' | 'FAILED';

/** A scheduling run: working with its best score so far, or how it ended. */
export type SchedulingRun = Narrowed<
  Schemas['SchedulingRuns.RunView'],
  { state: SchedulingRunState }
>;

export const schedulingPath = '/api/exchange-scheduling';

export const latestRunQueryKey = (summitId: string) =>
  [...exchangesQueryKey, 'scheduling', summitId] as const;

/** The summit's latest scheduling run, or `null` before the first (404 `exchange.scheduling.run-not-found`). */
export async function getLatestSchedulingRun(
  summitId: string,
  signal?: AbortSignal,
): Promise<SchedulingRun | null> {
  try {
    return await getJson<SchedulingRun>(
      `${schedulingPath}/summit/${encodeURIComponent(summitId)}/runs/latest`,
      signal,
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return null;
    }
    throw error;
  }
}

/** While a run works, it is asked again every second, to show its progress. */
export const latestRunQueryOptions = (summitId: string) =>
  queryOptions({
    queryKey: latestRunQueryKey(summitId),
    queryFn: ({ signal }) => getLatestSchedulingRun(summitId, signal),
    refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? 1000 : false),
  });

export function useLatestSchedulingRun(summitId: string) {
  return useQuery(latestRunQueryOptions(summitId));
}

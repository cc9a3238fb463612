import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { exchangesQueryKey } from '@/features/exchanges/api/get-my-exchanges';

/** A member of my delegation, to name among those who attend. */
export type ExchangeMember = Schemas['ExchangeMember'];

export const exchangeMembersPath = '/api/exchanges/members';

/** The members of my city's delegation. */
export function getExchangeMembers(signal?: AbortSignal): Promise<ExchangeMember[]> {
  return getJson<ExchangeMember[]>(exchangeMembersPath, signal);
}

export const exchangeMembersQueryOptions = () =>
  queryOptions({
    queryKey: [...exchangesQueryKey, 'members'],
    queryFn: ({ signal }) => getExchangeMembers(signal),
  });

export function useExchangeMembers() {
  return useQuery(exchangeMembersQueryOptions());
}

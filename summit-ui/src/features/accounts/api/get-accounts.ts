import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Account } from '@/types/api';

/**
 * An account as organisers see it in `GET /api/accounts`; `active` is false until the invited
 * person has chosen a password, or once the account is switched off.
 */
export type ManagedAccount = Account;

export const accountsPath = '/api/accounts';

export const accountsQueryKey = ['accounts'] as const;

/** Every account; organisers only. */
export function getAccounts(signal?: AbortSignal): Promise<ManagedAccount[]> {
  return getJson<ManagedAccount[]>(accountsPath, signal);
}

export const accountsQueryOptions = () =>
  queryOptions({
    queryKey: accountsQueryKey,
    queryFn: ({ signal }) => getAccounts(signal),
  });

export function useAccounts() {
  return useQuery(accountsQueryOptions());
}

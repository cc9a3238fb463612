import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Account } from '@/types/api';

/** An account as organisers see it in `GET /api/accounts`. */
export interface ManagedAccount extends Account {
  /** False until the invited person has chosen a password, or while the account is deactivated. */
  active: boolean;
  /** True once an organiser deactivated the account: it cannot log in and its sessions have ended. */
  deactivated?: boolean;
}

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

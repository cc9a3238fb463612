import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { mailboxPath, mailboxQueryKey } from '@/features/notifications/api/get-mailbox';

/** One e-mail as it was written: its text, its HTML and its calendar attachment. */
export type Mail = Schemas['Mail'];

export const mailPath = (mailId: string) => `${mailboxPath}/${encodeURIComponent(mailId)}`;

/** One e-mail (`GET /api/mailbox/{id}`, organisers). */
export function getMail(mailId: string, signal?: AbortSignal): Promise<Mail> {
  return getJson<Mail>(mailPath(mailId), signal);
}

export const mailQueryOptions = (mailId: string) =>
  queryOptions({
    queryKey: [...mailboxQueryKey, 'mail', mailId],
    queryFn: ({ signal }) => getMail(mailId, signal),
  });

export function useMail(mailId: string) {
  return useQuery(mailQueryOptions(mailId));
}

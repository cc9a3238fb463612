import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import type { MailState } from '@/features/notifications/utils/kinds';

/** The mailbox: the newest e-mails, of one state if asked, and the counts per state. */
export type Mailbox = Schemas['Mailbox'];
export type MailSummary = Schemas['MailSummary'];

export const mailboxPath = '/api/mailbox';

export const mailboxQueryKey = ['mailbox'] as const;

/** How many e-mails the mailbox lists. */
export const mailboxLimit = 100;

/** The newest e-mails, only those in `state` if given (`GET /api/mailbox`, organisers). */
export function getMailbox(
  state: MailState | null,
  limit: number = mailboxLimit,
  signal?: AbortSignal,
): Promise<Mailbox> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (state !== null) query.set('state', state);
  return getJson<Mailbox>(`${mailboxPath}?${query.toString()}`, signal);
}

export const mailboxQueryOptions = (state: MailState | null) =>
  queryOptions({
    queryKey: [...mailboxQueryKey, 'list', state ?? 'all'],
    queryFn: ({ signal }) => getMailbox(state, mailboxLimit, signal),
    // The list of the filter chosen before stays on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });

export function useMailbox(state: MailState | null) {
  return useQuery(mailboxQueryOptions(state));
}

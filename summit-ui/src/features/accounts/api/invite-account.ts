import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Account, AccountRole } from '@/types/api';

import { accountsPath, accountsQueryKey } from '@/features/accounts/api/get-accounts';

export interface InvitationRequest {
  email: string;
  displayName: string;
  role: AccountRole;
  /** Only for delegates: the city they represent. */
  cityId?: string;
}

/** What `POST /api/accounts/invitations` answers (201). */
export interface CreatedInvitation {
  account: Account;
  /** Path of the page where the invited person chooses a password: `/invitation/<token>`. */
  invitationLink: string;
  /** ISO 8601 instant after which the link no longer works. */
  expiresAt: string;
}

/** Creates an account waiting for its owner, and the link that lets them in; organisers only. */
export function inviteAccount(request: InvitationRequest): Promise<CreatedInvitation> {
  return sendJson<CreatedInvitation>('POST', `${accountsPath}/invitations`, request);
}

export function useInviteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Account, Narrowed, Schemas } from '@/types/api';

import { accountsPath, accountsQueryKey } from '@/features/accounts/api/get-accounts';

/** Whom to invite; `cityId` only for delegates: the city they represent. */
export type InvitationRequest = Schemas['AccountController.InvitationRequest'];

/**
 * What `POST /api/accounts/invitations` answers (201); `invitationLink` is the path of the page
 * where the invited person chooses a password: `/invitation/<token>`.
 */
export type CreatedInvitation = Narrowed<
  Schemas['AccountController.InvitationIssued'],
  { account: Account }
>;

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

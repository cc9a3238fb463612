import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Session } from '@/types/api';

import { invitationPath } from '@/features/accounts/api/get-invitation';
import { readSession, storeSession } from '@/features/accounts/api/get-session';

export interface Acceptance {
  token: string;
  password: string;
}

/** Sets the invited account's password and logs it in; the server sets the session cookie. */
export async function acceptInvitation({ token, password }: Acceptance): Promise<Session> {
  const path = invitationPath(token);
  return readSession(await sendJson<unknown>('POST', path, { password }), `POST ${path}`);
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: async (session, { token }) => {
      await storeSession(queryClient, session);
      queryClient.removeQueries({ queryKey: ['invitations', token] });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas, Session } from '@/types/api';

import { readSession, sessionPath, storeSession } from '@/features/accounts/api/get-session';

export type Credentials = Schemas['SessionController.LoginRequest'];

/**
 * Logs in; the server sets the session cookie. Wrong credentials answer 401, too many attempts
 * 429 with `Retry-After`.
 */
export async function logIn(credentials: Credentials): Promise<Session> {
  return readSession(
    await sendJson<unknown>('POST', sessionPath, credentials),
    `POST ${sessionPath}`,
  );
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (session) => storeSession(queryClient, session),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { sessionPath, sessionQueryKey } from '@/features/accounts/api/get-session';

export type PasswordChange = Schemas['SessionController.PasswordChange'];

/** Changes the logged-in account's password; a refused one answers 400 with field errors. */
export function changePassword(change: PasswordChange): Promise<void> {
  return send('POST', `${sessionPath}/password`, change);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The server may renew the session (and its CSRF token) along with the password.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}

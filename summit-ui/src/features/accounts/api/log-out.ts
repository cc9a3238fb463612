import { useMutation, useQueryClient } from '@tanstack/react-query';

import { hasStatus, send } from '@/lib/api-client';

import { sessionPath, storeSession } from '@/features/accounts/api/get-session';

/** Ends the session. One that had already ended (401) counts as logged out too. */
export async function logOut(): Promise<void> {
  try {
    await send('DELETE', sessionPath);
  } catch (error) {
    if (!hasStatus(error, 401)) {
      throw error;
    }
  }
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    onSuccess: () => storeSession(queryClient, null),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import { myFeedPath, myFeedQueryKey, type MyFeed } from '@/features/agenda/api/get-my-feed';

/** Revokes my agenda's feed: its URL answers 404 from now on. */
export function revokeMyFeed(summitId: string): Promise<void> {
  return send('DELETE', myFeedPath(summitId));
}

export function useRevokeMyFeed(summitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeMyFeed(summitId),
    onSuccess: () =>
      queryClient.setQueryData<MyFeed>(myFeedQueryKey(summitId), {
        issued: false,
        issuedAt: null,
        url: null,
        path: null,
      }),
  });
}

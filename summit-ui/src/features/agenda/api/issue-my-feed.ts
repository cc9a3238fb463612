import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { myFeedPath, myFeedQueryKey, type MyFeed } from '@/features/agenda/api/get-my-feed';

/** Issues a new secret URL for my agenda's feed; an earlier one stops working at once. */
export function issueMyFeed(summitId: string): Promise<MyFeed> {
  return sendJson<MyFeed>('POST', myFeedPath(summitId));
}

export function useIssueMyFeed(summitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => issueMyFeed(summitId),
    onSuccess: (feed) => queryClient.setQueryData(myFeedQueryKey(summitId), feed),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';

import { bookmarksPath, bookmarksQueryKey } from '@/features/agenda/api/get-bookmarks';
import { myAgendaQueryKey } from '@/features/agenda/api/get-my-agenda';

export interface BookmarkChange {
  sessionId: string;
  bookmarked: boolean;
}

/** Bookmarks a session of the published programme (`PUT`), or removes the bookmark (`DELETE`). */
export function setBookmark(summitId: string, { sessionId, bookmarked }: BookmarkChange) {
  return send(
    bookmarked ? 'PUT' : 'DELETE',
    `${bookmarksPath(summitId)}/${encodeURIComponent(sessionId)}`,
  );
}

/** The star shows the change at once; a refusal puts the list back as the server has it. */
export function useSetBookmark(summitId: string) {
  const queryClient = useQueryClient();
  const key = bookmarksQueryKey(summitId);
  return useMutation({
    mutationFn: (change: BookmarkChange) => setBookmark(summitId, change),
    onMutate: async ({ sessionId, bookmarked }) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<string[]>(key, (ids = []) =>
        bookmarked ? [...new Set([...ids, sessionId])] : ids.filter((id) => id !== sessionId),
      );
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: myAgendaQueryKey(summitId) });
    },
  });
}

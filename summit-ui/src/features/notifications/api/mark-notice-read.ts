import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import {
  notificationsPath,
  notificationsQueryKey,
  unreadCountQueryKey,
} from '@/features/notifications/api/get-notifications';

export type NoticeMarkedRead = Schemas['NoticeMarkedRead'];

/** Marks one of my notifications read (`POST /api/notifications/{id}/read`); again changes nothing. */
export function markNoticeRead(noticeId: string): Promise<NoticeMarkedRead> {
  return sendJson<NoticeMarkedRead>(
    'POST',
    `${notificationsPath}/${encodeURIComponent(noticeId)}/read`,
  );
}

export function useMarkNoticeRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNoticeRead,
    onSuccess: async (marked) => {
      queryClient.setQueryData(unreadCountQueryKey, marked.unread);
      await queryClient.invalidateQueries({ queryKey: [...notificationsQueryKey, 'list'] });
    },
  });
}

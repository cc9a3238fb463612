import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import {
  notificationsPath,
  notificationsQueryKey,
  unreadCountQueryKey,
} from '@/features/notifications/api/get-notifications';

export type NoticesMarkedRead = Schemas['NoticesMarkedRead'];

/** Marks every notification of mine read (`POST /api/notifications/read-all`). */
export function markAllRead(): Promise<NoticesMarkedRead> {
  return sendJson<NoticesMarkedRead>('POST', `${notificationsPath}/read-all`);
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: async (marked) => {
      queryClient.setQueryData(unreadCountQueryKey, marked.unread);
      await queryClient.invalidateQueries({ queryKey: [...notificationsQueryKey, 'list'] });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import {
  noticePreferencesPath,
  noticePreferencesQueryKey,
  type NoticePreferences,
} from '@/features/notifications/api/get-notice-preferences';

/** Changes my notification preferences (`PUT /api/notifications/preferences`). */
export function saveNoticePreferences(preferences: NoticePreferences): Promise<NoticePreferences> {
  return sendJson<NoticePreferences>('PUT', noticePreferencesPath, preferences);
}

export function useSaveNoticePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNoticePreferences,
    onSuccess: (saved) => {
      queryClient.setQueryData(noticePreferencesQueryKey, saved);
    },
  });
}

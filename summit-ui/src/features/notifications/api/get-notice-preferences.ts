import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import {
  notificationsPath,
  notificationsQueryKey,
} from '@/features/notifications/api/get-notifications';

/** My notification preferences: each kind of my role on each channel, digest, language. */
export type NoticePreferences = Schemas['NoticePreferences'];
export type NoticeChoice = Schemas['NoticeChoice'];

export const noticePreferencesPath = `${notificationsPath}/preferences`;

export const noticePreferencesQueryKey = [...notificationsQueryKey, 'preferences'] as const;

/** My notification preferences (`GET /api/notifications/preferences`, anyone logged in). */
export function getNoticePreferences(signal?: AbortSignal): Promise<NoticePreferences> {
  return getJson<NoticePreferences>(noticePreferencesPath, signal);
}

export const noticePreferencesQueryOptions = () =>
  queryOptions({
    queryKey: noticePreferencesQueryKey,
    queryFn: ({ signal }) => getNoticePreferences(signal),
  });

export function useNoticePreferences() {
  return useQuery(noticePreferencesQueryOptions());
}

import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** One of my notifications: its title and body in both languages, and the page it is about. */
export type Notice = Schemas['Notice'];
/** My notifications, newest first, with how many are unread. */
export type NoticeList = Schemas['NoticeList'];

export const notificationsPath = '/api/notifications';

/** Every query of this feature starts with this key, so one change refreshes them all. */
export const notificationsQueryKey = ['notifications'] as const;

/** The query that holds how many of my notifications are unread (the bell's count). */
export const unreadCountQueryKey = [...notificationsQueryKey, 'unread'] as const;

/** How many notifications the list shows at first, and how many more each time it is extended. */
export const noticePageSize = 20;

/** My notifications, newest first (`GET /api/notifications`, anyone logged in). */
export function getNotifications(
  { unread = false, limit }: { unread?: boolean; limit?: number } = {},
  signal?: AbortSignal,
): Promise<NoticeList> {
  const query = new URLSearchParams();
  if (unread) query.set('unread', 'true');
  if (limit !== undefined) query.set('limit', String(limit));
  const search = query.toString();
  return getJson<NoticeList>(search ? `${notificationsPath}?${search}` : notificationsPath, signal);
}

export const notificationsQueryOptions = (limit: number) =>
  queryOptions({
    queryKey: [...notificationsQueryKey, 'list', limit],
    queryFn: ({ signal }) => getNotifications({ limit }, signal),
  });

export function useNotifications(limit: number) {
  return useQuery(notificationsQueryOptions(limit));
}

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: unreadCountQueryKey,
    queryFn: async ({ signal }) => (await getNotifications({ limit: 1 }, signal)).unread,
  });

/** How many of my notifications are unread; the live stream keeps it up to date. */
export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}

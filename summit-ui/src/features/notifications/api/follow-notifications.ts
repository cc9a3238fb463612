import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { Schemas } from '@/types/api';

import {
  notificationsPath,
  notificationsQueryKey,
  unreadCountQueryKey,
} from '@/features/notifications/api/get-notifications';

/**
 * What the live stream of my notifications says (`GET /api/notifications/live`, Server-Sent
 * Events): a `count` event first (how many are unread), then a `notice` event per new
 * notification with the count after it, and `heartbeat`s that keep proxies from closing it.
 */
export type NoticeLiveEvent = Schemas['NoticeLiveEvent'];

export const notificationsLivePath = `${notificationsPath}/live`;

/** How long to wait before connecting again after the server refused or ended the stream. */
const firstRetryMillis = 2_000;
const longestRetryMillis = 60_000;

function parse(data: unknown): NoticeLiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const event = JSON.parse(data) as Partial<NoticeLiveEvent>;
    return typeof event.unread === 'number' ? (event as NoticeLiveEvent) : null;
  } catch {
    return null;
  }
}

/**
 * Follows my notifications live while `enabled` (someone is logged in): the unread count is kept
 * as the server tells it, and a new notification refetches the list. The browser's EventSource
 * reconnects by itself after a network failure; after an error answer (the server restarting, a
 * session that ended) it gives up, so this connects again, waiting longer each time. Each
 * connection begins with the count as it stands, so nothing written meanwhile is missed.
 */
export function useLiveNotifications(enabled: boolean) {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let wait = firstRetryMillis;
    let stopped = false;

    const onCount = (message: MessageEvent) => {
      const event = parse(message.data);
      if (event) {
        wait = firstRetryMillis;
        queryClient.setQueryData(unreadCountQueryKey, event.unread);
      }
    };
    const onNotice = (message: MessageEvent) => {
      const event = parse(message.data);
      if (event) {
        queryClient.setQueryData(unreadCountQueryKey, event.unread);
        void queryClient.invalidateQueries({ queryKey: [...notificationsQueryKey, 'list'] });
      }
    };
    const connect = () => {
      clearTimeout(retry);
      source?.close();
      const opened = new EventSource(notificationsLivePath);
      source = opened;
      opened.addEventListener('count', onCount);
      opened.addEventListener('notice', onNotice);
      opened.addEventListener('error', () => {
        if (opened.readyState === EventSource.CLOSED && !stopped) {
          retry = setTimeout(connect, wait);
          wait = Math.min(wait * 2, longestRetryMillis);
        }
      });
    };
    // A page the browser keeps for going back (the back/forward cache) keeps its connections open
    // unless it closes them: hidden, it lets go of the stream, and shown again it follows anew,
    // from a fresh count. Otherwise every page left behind would hold a connection of the six a
    // browser opens to a server, until new requests wait behind them.
    const hide = () => {
      clearTimeout(retry);
      source?.close();
      source = null;
    };
    const show = (event: PageTransitionEvent) => {
      if (event.persisted && !stopped) {
        wait = firstRetryMillis;
        connect();
      }
    };
    window.addEventListener('pagehide', hide);
    window.addEventListener('pageshow', show);
    connect();
    return () => {
      stopped = true;
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('pageshow', show);
      clearTimeout(retry);
      source?.close();
    };
  }, [enabled, queryClient]);
}

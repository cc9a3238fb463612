import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import type { Schemas } from '@/types/api';

import { agendaQueryKey } from '@/features/agenda/api/get-agenda';
import { myAgendaQueryKey } from '@/features/agenda/api/get-my-agenda';

/**
 * What the live stream says (`GET /api/summits/{summitId}/agenda/live`, Server-Sent Events): a
 * `current` event first (the latest release when the stream began), then a `release` event per
 * new release with its changelog, and `heartbeat`s that keep proxies from closing it.
 */
export type AgendaLiveEvent = Schemas['AgendaLiveEvent'];

export const agendaLivePath = (summitId: string) =>
  `/api/summits/${encodeURIComponent(summitId)}/agenda/live`;

function parse(data: unknown): AgendaLiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const event = JSON.parse(data) as Partial<AgendaLiveEvent>;
    return typeof event.release === 'number' && Array.isArray(event.changes)
      ? (event as AgendaLiveEvent)
      : null;
  } catch {
    return null;
  }
}

/**
 * Follows the summit's published programme live while the page is open: each new release
 * refetches the programme (and my agenda) and is returned, with its changelog, for the page to
 * say what changed. The browser's EventSource reconnects by itself; the `current` event it gets
 * on each connection catches a release published while it was away (the page then refetches,
 * without a changelog to show).
 *
 * @param shown the release the page shows now, if any
 */
export function useLiveAgenda(summitId: string | undefined, shown: number | undefined) {
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<AgendaLiveEvent | null>(null);
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);

  useEffect(() => {
    if (summitId === undefined || typeof EventSource === 'undefined') return;
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: agendaQueryKey(summitId) });
      void queryClient.invalidateQueries({ queryKey: myAgendaQueryKey(summitId) });
    };
    const onRelease = (message: MessageEvent) => {
      const event = parse(message.data);
      if (event) {
        setLatest(event);
        refresh();
      }
    };
    const onCurrent = (message: MessageEvent) => {
      const event = parse(message.data);
      if (event && shownRef.current !== undefined && event.release > shownRef.current) {
        refresh();
      }
    };
    const follow = (stream: EventSource) => {
      stream.addEventListener('release', onRelease);
      stream.addEventListener('current', onCurrent);
      return stream;
    };
    let source: EventSource | null = follow(new EventSource(agendaLivePath(summitId)));
    // A page kept for going back (the back/forward cache) would keep its stream, and with it one
    // of the six connections a browser opens to a server: hidden, it lets go; shown again, it
    // follows anew (its `current` event catches a release published meanwhile).
    const hide = () => {
      source?.close();
      source = null;
    };
    const show = (event: PageTransitionEvent) => {
      if (event.persisted && source === null) {
        source = follow(new EventSource(agendaLivePath(summitId)));
      }
    };
    window.addEventListener('pagehide', hide);
    window.addEventListener('pageshow', show);
    return () => {
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('pageshow', show);
      source?.removeEventListener('release', onRelease);
      source?.removeEventListener('current', onCurrent);
      source?.close();
    };
  }, [summitId, queryClient]);

  return {
    latest,
    dismiss: () => {
      setLatest(null);
    },
  };
}

import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/errors/error-message';
import { useLanguage } from '@/lib/i18n';

import { useLiveAgenda } from '@/features/agenda/api/follow-agenda';
import { useAgenda, type PublishedAgenda } from '@/features/agenda/api/get-agenda';
import { useBookmarks } from '@/features/agenda/api/get-bookmarks';
import { useCityNames } from '@/features/agenda/api/get-city-names';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { useSetBookmark } from '@/features/agenda/api/set-bookmark';
import { AgendaControls } from '@/features/agenda/components/agenda-controls';
import { DayGrid } from '@/features/agenda/components/day-grid';
import { DayList } from '@/features/agenda/components/day-list';
import { ReleaseBanner } from '@/features/agenda/components/release-banner';
import {
  readFilters,
  showSessions,
  writeFilters,
  type AgendaFilters,
} from '@/features/agenda/utils/agenda-filters';
import { browserZone } from '@/features/agenda/utils/zoned-time';

interface ProgrammeProps {
  /** A delegate is logged in: sessions get a bookmark star. */
  delegate?: boolean;
  /** Someone is logged in: the city filter can name the cities. */
  signedIn?: boolean;
}

/**
 * The public programme: the latest published release of the current summit, as a list or as a
 * grid of rooms by time, filtered as the URL says, following new releases live.
 */
export function Programme({ delegate = false, signedIn = false }: ProgrammeProps) {
  const { t } = useTranslation();
  const summit = useCurrentSummit();
  const agenda = useAgenda(summit.data?.id);
  const live = useLiveAgenda(summit.data?.id ?? undefined, agenda.data?.release);

  if (summit.isError) {
    return (
      <ErrorMessage
        error={summit.error}
        onRetry={() => {
          void summit.refetch();
        }}
      />
    );
  }
  if (agenda.isError) {
    return (
      <ErrorMessage
        error={agenda.error}
        onRetry={() => {
          void agenda.refetch();
        }}
      />
    );
  }
  if (summit.data === null) {
    return (
      <p className="page__lead" role="status" data-testid="programme-no-summit">
        {t('summit.notSetUp')}
      </p>
    );
  }
  const banner = live.latest && <ReleaseBanner release={live.latest} onDismiss={live.dismiss} />;
  if (summit.isPending || agenda.isPending) {
    return (
      <p className="page__lead" role="status">
        {t('programme.loading')}
      </p>
    );
  }
  if (agenda.data === null) {
    return (
      <>
        {banner}
        <p className="page__lead" role="status" data-testid="programme-not-published">
          {t('programme.notPublished')}
        </p>
      </>
    );
  }
  return (
    <>
      {banner}
      <ProgrammeViews agenda={agenda.data} delegate={delegate} signedIn={signedIn} />
    </>
  );
}

function ProgrammeViews({
  agenda,
  delegate,
  signedIn,
}: {
  agenda: PublishedAgenda;
  delegate: boolean;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const change = useCallback(
    (next: Partial<AgendaFilters>) => {
      setParams((current) => writeFilters(current, next));
    },
    [setParams],
  );
  const zone = filters.myZone ? browserZone() : agenda.timeZone;
  const shown = useMemo(() => showSessions(agenda, filters, zone), [agenda, filters, zone]);
  const cityNames = useCityNames(signedIn);
  const bookmarks = useBookmarks(agenda.summitId, delegate);
  const setBookmark = useSetBookmark(agenda.summitId);
  const bookmarked = useMemo(() => new Set(bookmarks.data ?? []), [bookmarks.data]);
  const toggle = useCallback(
    (sessionId: string, on: boolean) => {
      setBookmark.mutate({ sessionId, bookmarked: on });
    },
    // The mutation object changes on every state; its mutate function does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setBookmark.mutate],
  );
  const rooms = useMemo(() => new Map(agenda.rooms.map((room) => [room.id, room])), [agenda]);
  const day =
    filters.view === 'grid'
      ? filters.day !== null && shown.days.includes(filters.day)
        ? filters.day
        : (shown.days[0] ?? null)
      : filters.day;
  const sessions = useMemo(
    () =>
      day === null ? shown.sessions : shown.sessions.filter((entry) => entry.start.day === day),
    [shown, day],
  );

  return (
    <div className="programme" data-testid="programme" data-release={agenda.release}>
      <p className="page__lead" data-testid="programme-release">
        {t('programme.release', { release: agenda.release })}
        {' · '}
        <a
          href={`/api/summits/${agenda.summitId}/agenda.pdf`}
          target="_blank"
          rel="noreferrer"
          data-testid="programme-pdf"
        >
          {t('programme.printable')}
        </a>
      </p>
      <AgendaControls
        agenda={agenda}
        filters={filters}
        day={day}
        days={shown.days}
        zone={zone}
        cityNames={cityNames.data}
        onChange={change}
      />
      {sessions.length === 0 ? (
        <p className="notice" data-testid="programme-empty">
          {t('agenda.noSessions')}
        </p>
      ) : filters.view === 'grid' && day !== null ? (
        <DayGrid
          day={day}
          language={language}
          rooms={
            filters.room === null
              ? agenda.rooms
              : agenda.rooms.filter((room) => room.id === filters.room)
          }
          sessions={sessions}
          bookmarked={delegate ? bookmarked : null}
          onBookmark={toggle}
        />
      ) : (
        <DayList
          language={language}
          rooms={rooms}
          sessions={sessions}
          bookmarked={delegate ? bookmarked : null}
          onBookmark={toggle}
        />
      )}
    </div>
  );
}

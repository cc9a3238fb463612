import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { intlLocale, localize, type Language } from '@/lib/i18n';

import type { PublishedRoom } from '@/features/agenda/api/get-agenda';
import { SessionStar } from '@/features/agenda/components/session-star';
import type { ShownSession } from '@/features/agenda/utils/agenda-filters';
import { formatDay } from '@/features/agenda/utils/format-day';
import { isSessionType } from '@/features/agenda/utils/session-types';

interface DayListProps {
  language: Language;
  rooms: Map<string, PublishedRoom>;
  sessions: ShownSession[];
  /** The bookmarked sessions, or `null` where nobody can bookmark (no star). */
  bookmarked: Set<string> | null;
  onBookmark: (sessionId: string, on: boolean) => void;
}

/** The sessions day by day, each day's in order of start. */
export const DayList = memo(function DayList({
  language,
  rooms,
  sessions,
  bookmarked,
  onBookmark,
}: DayListProps) {
  const days = useMemo(() => {
    const byDay = new Map<string, ShownSession[]>();
    for (const entry of sessions) {
      const list = byDay.get(entry.start.day);
      if (list) list.push(entry);
      else byDay.set(entry.start.day, [entry]);
    }
    return [...byDay.entries()];
  }, [sessions]);
  return (
    <>
      {days.map(([day, entries]) => (
        <section key={day} className="page__section" data-testid={`programme-day-${day}`}>
          <h2 className="page__subtitle">{formatDay(day, language)}</h2>
          <ul className="programme__sessions">
            {entries.map((entry) => (
              <ListSession
                key={entry.session.id}
                entry={entry}
                language={language}
                room={rooms.get(entry.session.roomId)}
                bookmarked={bookmarked === null ? null : bookmarked.has(entry.session.id)}
                onBookmark={onBookmark}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
});

interface ListSessionProps {
  entry: ShownSession;
  language: Language;
  room: PublishedRoom | undefined;
  bookmarked: boolean | null;
  onBookmark: (sessionId: string, on: boolean) => void;
}

const ListSession = memo(function ListSession({
  entry: { session, start, end },
  language,
  room,
  bookmarked,
  onBookmark,
}: ListSessionProps) {
  const { t } = useTranslation();
  const title = localize(session.title, language);
  return (
    <li className="programme__session" data-testid={`programme-session-${session.id}`}>
      <p className="programme__when">
        <time dateTime={session.startsAt}>{start.time}</time>–
        <time dateTime={session.endsAt}>{end.time}</time>
        {room && (
          <>
            {' · '}
            <span data-testid="programme-room">{localize(room.name, language)}</span>
          </>
        )}
        {' · '}
        <span data-testid="programme-type">
          {isSessionType(session.type) ? t(`programme.types.${session.type}`) : session.type}
        </span>
        {room?.interpretation && (
          <>
            {' · '}
            <span className="programme__interpretation">{t('agenda.interpretation')}</span>
          </>
        )}
      </p>
      <div className="programme__heading">
        <h3 className="programme__title">{title}</h3>
        {bookmarked !== null && (
          <SessionStar
            sessionId={session.id}
            title={title}
            on={bookmarked}
            onBookmark={onBookmark}
          />
        )}
      </div>
      {session.speakers.length > 0 && (
        <p className="programme__speakers" data-testid="programme-speakers">
          {t('programme.speakers', {
            names: new Intl.ListFormat(intlLocale(language), {
              type: 'conjunction',
            }).format(session.speakers.map((s) => localize(s.name, language))),
          })}
        </p>
      )}
      {session.moderator && (
        <p className="programme__speakers" data-testid="programme-moderator">
          {t('agenda.moderator', { name: localize(session.moderator.name, language) })}
        </p>
      )}
    </li>
  );
});

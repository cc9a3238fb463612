import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { localize, type Language } from '@/lib/i18n';

import type { PublishedRoom } from '@/features/agenda/api/get-agenda';
import { SessionStar } from '@/features/agenda/components/session-star';
import type { ShownSession } from '@/features/agenda/utils/agenda-filters';
import { formatDay } from '@/features/agenda/utils/format-day';
import { isSessionType } from '@/features/agenda/utils/session-types';

/** Pixels per minute, the width of a room's column, of the time gutter and of the rooms' row. */
const PER_MINUTE = 1.6;
const COLUMN = 176;
const GUTTER = 56;
const HEADER = 44;

interface DayGridProps {
  day: string;
  language: Language;
  rooms: PublishedRoom[];
  sessions: ShownSession[];
  bookmarked: Set<string> | null;
  onBookmark: (sessionId: string, on: boolean) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One day as a timetable: a column per room, time running down, each session a box placed by its
 * start and length. Plain positioned elements (no layout engine, no per-session component of
 * weight), so a day of a thousand sessions in twenty rooms draws at once.
 */
export const DayGrid = memo(function DayGrid({
  day,
  language,
  rooms,
  sessions,
  bookmarked,
  onBookmark,
}: DayGridProps) {
  const { t } = useTranslation();
  const layout = useMemo(() => {
    const column = new Map(rooms.map((room, index) => [room.id, index]));
    let first = 24 * 60;
    let last = 0;
    const placed = [];
    for (const entry of sessions) {
      const index = column.get(entry.session.roomId);
      if (index === undefined) continue;
      // A session that runs past midnight on this clock ends on the next day.
      const end = entry.end.day === entry.start.day ? entry.end.minutes : 24 * 60;
      first = Math.min(first, entry.start.minutes);
      last = Math.max(last, end);
      placed.push({ entry, index, start: entry.start.minutes, end });
    }
    const from = Math.floor(Math.min(first, last) / 60) * 60;
    const to = Math.max(from + 60, Math.ceil(last / 60) * 60);
    const hours = [];
    for (let minute = from; minute < to; minute += 60) hours.push(minute);
    return { placed, from, to, hours };
  }, [rooms, sessions]);

  const height = HEADER + (layout.to - layout.from) * PER_MINUTE;
  const width = GUTTER + rooms.length * COLUMN;
  return (
    <section
      className="agenda-grid"
      aria-label={t('agenda.gridLabel', { day: formatDay(day, language) })}
      data-testid={`programme-grid-${day}`}
    >
      <h2 className="page__subtitle">{formatDay(day, language)}</h2>
      <div className="agenda-grid__scroll">
        <div className="agenda-grid__canvas" style={{ width, height }}>
          {rooms.map((room, index) => (
            <div
              key={room.id}
              className="agenda-grid__room"
              style={{ left: GUTTER + index * COLUMN, width: COLUMN, height: HEADER }}
              data-testid="programme-grid-room"
            >
              {localize(room.name, language)}
            </div>
          ))}
          {layout.hours.map((minute) => (
            <div
              key={minute}
              className="agenda-grid__hour"
              style={{ top: HEADER + (minute - layout.from) * PER_MINUTE, width }}
            >
              <span className="agenda-grid__hour-label">
                {pad(Math.floor(minute / 60) % 24)}:00
              </span>
            </div>
          ))}
          {layout.placed.map(({ entry, index, start, end }) => {
            const { session } = entry;
            const title = localize(session.title, language);
            const on = bookmarked?.has(session.id) ?? false;
            return (
              <article
                key={session.id}
                className={`agenda-grid__session agenda-grid__session--${session.type.toLowerCase()}${on ? ' agenda-grid__session--bookmarked' : ''}`}
                style={{
                  top: HEADER + (start - layout.from) * PER_MINUTE,
                  left: GUTTER + index * COLUMN + 2,
                  width: COLUMN - 4,
                  height: Math.max(18, (end - start) * PER_MINUTE - 2),
                }}
                data-testid={`programme-session-${session.id}`}
                title={`${entry.start.time}–${entry.end.time} ${title}`}
              >
                <p className="agenda-grid__when">
                  <time dateTime={session.startsAt}>{entry.start.time}</time>–
                  <time dateTime={session.endsAt}>{entry.end.time}</time>
                  {' · '}
                  {isSessionType(session.type)
                    ? t(`programme.types.${session.type}`)
                    : session.type}
                </p>
                <h3 className="agenda-grid__title">{title}</h3>
                {bookmarked !== null && (
                  <SessionStar
                    sessionId={session.id}
                    title={title}
                    on={on}
                    onBookmark={onBookmark}
                  />
                )}
              </article>
            );
          })}
        </div>
      </div>
    </section>
  );
});

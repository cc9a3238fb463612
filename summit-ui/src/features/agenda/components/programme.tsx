import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { intlLocale, localize, useLanguage, type Language } from '@/lib/i18n';

import {
  useAgenda,
  type PublishedAgenda,
  type PublishedSession,
} from '@/features/agenda/api/get-agenda';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';

const sessionTypes = [
  'KEYNOTE',
  'PANEL',
  'FORUM',
  'CITY_SHARING',
  'EXCHANGE_BLOCK',
  'CEREMONY',
  'BREAK',
] as const;
type SessionType = (typeof sessionTypes)[number];

function isSessionType(value: string): value is SessionType {
  return (sessionTypes as readonly string[]).includes(value);
}

/** The calendar day of a local date-time (`2016-03-23T09:30:00` → `2016-03-23`). */
const dayOf = (localDateTime: string) => localDateTime.slice(0, 10);

/** The time of a local date-time as the summit's clock shows it (`09:30`). */
const timeOf = (localDateTime: string) => localDateTime.slice(11, 16);

/** A calendar day written as `language` writes it, with its weekday; never moved by a time zone. */
function formatDay(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) {
    return day;
  }
  const utc = new Date(Date.UTC(year, month - 1, date));
  if (Number.isNaN(utc.getTime())) {
    return day;
  }
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(utc);
}

/** The sessions by day, each day's in order of start (then room), the days in order. */
function byDay(sessions: PublishedSession[]): [string, PublishedSession[]][] {
  const days = new Map<string, PublishedSession[]>();
  const sorted = [...sessions].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.roomId.localeCompare(b.roomId),
  );
  for (const session of sorted) {
    const day = dayOf(session.startsAt);
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  return [...days.entries()];
}

/** The public programme: the latest published release of the current summit, day by day. */
export function Programme() {
  const { t } = useTranslation();
  const summit = useCurrentSummit();
  const agenda = useAgenda(summit.data?.id);

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
  if (summit.isPending || agenda.isPending) {
    return (
      <p className="page__lead" role="status">
        {t('programme.loading')}
      </p>
    );
  }
  if (agenda.data === null) {
    return (
      <p className="page__lead" role="status" data-testid="programme-not-published">
        {t('programme.notPublished')}
      </p>
    );
  }
  return <ProgrammeDays agenda={agenda.data} />;
}

function ProgrammeDays({ agenda }: { agenda: PublishedAgenda }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rooms = new Map(agenda.rooms.map((room) => [room.id, room]));
  return (
    <div className="programme" data-testid="programme">
      <p className="page__lead" data-testid="programme-release">
        {t('programme.release', { release: agenda.release })}
      </p>
      {byDay(agenda.sessions).map(([day, sessions]) => (
        <section key={day} className="page__section" data-testid={`programme-day-${day}`}>
          <h2 className="page__subtitle">{formatDay(day, language)}</h2>
          <ul className="programme__sessions">
            {sessions.map((session) => {
              const room = rooms.get(session.roomId);
              return (
                <li
                  key={session.id}
                  className="programme__session"
                  data-testid={`programme-session-${session.id}`}
                >
                  <p className="programme__when">
                    <time dateTime={session.startsAt}>{timeOf(session.startsAt)}</time>–
                    <time dateTime={session.endsAt}>{timeOf(session.endsAt)}</time>
                    {room && (
                      <>
                        {' · '}
                        <span data-testid="programme-room">{localize(room.name, language)}</span>
                      </>
                    )}
                    {' · '}
                    <span data-testid="programme-type">
                      {isSessionType(session.type)
                        ? t(`programme.types.${session.type}`)
                        : session.type}
                    </span>
                  </p>
                  <h3 className="programme__title">{localize(session.title, language)}</h3>
                  {session.speakers.length > 0 && (
                    <p className="programme__speakers" data-testid="programme-speakers">
                      {t('programme.speakers', {
                        names: new Intl.ListFormat(intlLocale(language), {
                          type: 'conjunction',
                        }).format(session.speakers.map((s) => localize(s.name, language))),
                      })}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

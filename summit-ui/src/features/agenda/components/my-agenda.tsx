import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/errors/error-message';
import { localize, useLanguage } from '@/lib/i18n';

import { useLiveAgenda } from '@/features/agenda/api/follow-agenda';
import { useAgenda } from '@/features/agenda/api/get-agenda';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import {
  useMyAgenda,
  type MyAgenda as MyAgendaData,
  type MyExchange,
  type MySession,
} from '@/features/agenda/api/get-my-agenda';
import { ReleaseBanner } from '@/features/agenda/components/release-banner';
import { SubscribeSection } from '@/features/agenda/components/subscribe-section';
import { formatDay } from '@/features/agenda/utils/format-day';

/** One line of my agenda: a session of the programme, or an exchange meeting with other cities. */
type Entry =
  | { kind: 'session'; startsAt: string; entry: MySession }
  | { kind: 'exchange'; startsAt: string; exchange: MyExchange };

/** Sessions and exchange meetings together, in order of time (a session first at the same time). */
function entriesOf(mine: MyAgendaData): Entry[] {
  const entries: Entry[] = [
    ...mine.sessions.map((entry): Entry => ({
      kind: 'session',
      startsAt: entry.session.startsAt,
      entry,
    })),
    ...mine.exchanges.map((exchange): Entry => ({
      kind: 'exchange',
      startsAt: exchange.startsAt,
      exchange,
    })),
  ];
  // Local date-times of one zone in ISO form: their text order is their time order.
  const key = (entry: Entry) => `${entry.startsAt} ${entry.kind === 'session' ? 0 : 1}`;
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * A delegate's own agenda: the sessions of the latest release they speak in or moderate, those
 * they bookmarked and the exchange meetings with other cities they attend, in order of time, with
 * a way to subscribe to it in a calendar app.
 */
export function MyAgenda() {
  const { t } = useTranslation();
  const language = useLanguage();
  const summit = useCurrentSummit();
  const summitId = summit.data?.id;
  const mine = useMyAgenda(summitId);
  // For the rooms' names, which my agenda names only by id.
  const agenda = useAgenda(summitId);
  const live = useLiveAgenda(summitId, mine.data?.release);
  const rooms = useMemo(
    () => new Map((agenda.data?.rooms ?? []).map((room) => [room.id, room])),
    [agenda.data],
  );
  const entries = useMemo(() => (mine.data ? entriesOf(mine.data) : []), [mine.data]);

  const error = summit.error ?? mine.error;
  if (error) {
    return (
      <ErrorMessage
        error={error}
        onRetry={() => {
          void summit.refetch();
          void mine.refetch();
        }}
      />
    );
  }
  if (summit.data === null) {
    return <p className="page__lead">{t('summit.notSetUp')}</p>;
  }
  if (summit.isPending || mine.isPending || mine.data === undefined) {
    return (
      <p className="page__lead" role="status">
        {t('programme.loading')}
      </p>
    );
  }
  return (
    <>
      {live.latest && <ReleaseBanner release={live.latest} onDismiss={live.dismiss} />}
      <section className="page__section my-agenda" data-testid="my-agenda">
        <h2 className="page__subtitle">{t('agenda.mine.title')}</h2>
        {mine.data.release === 0 && (
          <p className="notice" data-testid="my-agenda-not-published">
            {t('programme.notPublished')}
          </p>
        )}
        {entries.length === 0 ? (
          mine.data.release > 0 && (
            <p className="notice" data-testid="my-agenda-empty">
              {t('agenda.mine.empty')}
            </p>
          )
        ) : (
          <ol className="my-agenda__sessions">
            {entries.map((item, index) => {
              const day = item.startsAt.slice(0, 10);
              const newDay = index === 0 || entries[index - 1]?.startsAt.slice(0, 10) !== day;
              const dayLine = newDay && (
                <p className="my-agenda__day">{formatDay(day, language)}</p>
              );
              if (item.kind === 'exchange') {
                const { exchange } = item;
                return (
                  <li
                    key={`exchange-${exchange.exchangeId}`}
                    className="programme__session my-agenda__exchange"
                    data-testid={`my-agenda-exchange-${exchange.exchangeId}`}
                  >
                    {dayLine}
                    <p className="programme__when">
                      <time dateTime={exchange.startsAt}>{exchange.startsAt.slice(11, 16)}</time>–
                      <time dateTime={exchange.endsAt}>{exchange.endsAt.slice(11, 16)}</time>
                      {` · ${localize(exchange.place, language)}`}
                    </p>
                    <h3 className="programme__title">{localize(exchange.title, language)}</h3>
                    <p className="my-agenda__why">
                      <span className="tag">{t('agenda.mine.exchange')}</span>
                    </p>
                  </li>
                );
              }
              const { session, speaking, moderating, bookmarked } = item.entry;
              const room = rooms.get(session.roomId);
              return (
                <li
                  key={session.id}
                  className="programme__session"
                  data-testid={`my-agenda-session-${session.id}`}
                >
                  {dayLine}
                  <p className="programme__when">
                    <time dateTime={session.startsAt}>{session.startsAt.slice(11, 16)}</time>–
                    <time dateTime={session.endsAt}>{session.endsAt.slice(11, 16)}</time>
                    {room && ` · ${localize(room.name, language)}`}
                  </p>
                  <h3 className="programme__title">{localize(session.title, language)}</h3>
                  <p className="my-agenda__why">
                    {speaking && <span className="tag">{t('agenda.mine.speaking')}</span>}
                    {moderating && <span className="tag">{t('agenda.mine.moderating')}</span>}
                    {bookmarked && <span className="tag">{t('agenda.mine.bookmarked')}</span>}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
        <p>
          <Link to="/agenda" className="button button--secondary" data-testid="my-agenda-programme">
            {t('agenda.mine.open')}
          </Link>
        </p>
        <p className="agenda-controls__zone-note">
          {t('agenda.zoneSummit', { zone: mine.data.timeZone })}
        </p>
      </section>
      {summitId && <SubscribeSection summitId={summitId} />}
    </>
  );
}

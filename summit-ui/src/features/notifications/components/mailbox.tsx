import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/errors/error-message';
import { formatDateTime, isLanguage, useLanguage } from '@/lib/i18n';

import { useMail } from '@/features/notifications/api/get-mail';
import { useMailbox, type MailSummary } from '@/features/notifications/api/get-mailbox';
import { useRetryMail } from '@/features/notifications/api/retry-mail';
import { countKey, mailStates, type MailState } from '@/features/notifications/utils/kinds';

import '@/features/notifications/components/notifications.css';

interface MailboxProps {
  /** The summit's time zone (IANA), which times are shown in; the viewer's own until it is known. */
  timeZone?: string | undefined;
}

const isMailState = (value: string | null): value is MailState =>
  value !== null && (mailStates as readonly string[]).includes(value);

/**
 * The organisers' mailbox: the e-mails Summit wrote, newest first, filtered by where their
 * delivery stands; one opened shows its text, its HTML (in a sandboxed frame) and its calendar
 * attachment, and a dead letter can be retried. The filter and the open e-mail are in the
 * address, so a reload or a link keeps them.
 */
export function Mailbox({ timeZone }: MailboxProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const stateParam = search.get('state');
  const state = isMailState(stateParam) ? stateParam : null;
  const opened = search.get('mail');
  const mailbox = useMailbox(state);
  const titleId = useId();

  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setSearch(next);
  };

  const total = useMemo(() => {
    const counts = mailbox.data?.counts;
    return counts ? mailStates.reduce((sum, each) => sum + counts[countKey(each)], 0) : 0;
  }, [mailbox.data]);

  return (
    <div className="mailbox" data-testid="mailbox">
      <p className="notice" data-testid="mailbox-kept-note">
        {t('mailbox.keptNote')}
      </p>
      {mailbox.isPending ? (
        <p role="status">{t('mailbox.loading')}</p>
      ) : mailbox.isError ? (
        <ErrorMessage
          error={mailbox.error}
          onRetry={() => {
            void mailbox.refetch();
          }}
        />
      ) : (
        <>
          <div
            className="button-row mailbox__filters"
            role="group"
            aria-label={t('mailbox.filters')}
          >
            <button
              type="button"
              className="button button--small button--secondary"
              aria-pressed={state === null}
              onClick={() => {
                choose({ state: null });
              }}
              data-testid="mailbox-filter-all"
            >
              {t('mailbox.filter', { state: t('mailbox.all'), count: total })}
            </button>
            {mailStates.map((each) => (
              <button
                key={each}
                type="button"
                className="button button--small button--secondary"
                aria-pressed={state === each}
                onClick={() => {
                  choose({ state: each });
                }}
                data-testid={`mailbox-filter-${each}`}
              >
                {t('mailbox.filter', {
                  state: t(`mailbox.states.${each}`),
                  count: mailbox.data.counts[countKey(each)],
                })}
              </button>
            ))}
          </div>
          {timeZone && (
            <p className="field__hint">{t('notifications.zoneNote', { zone: timeZone })}</p>
          )}
          {mailbox.data.mails.length === 0 ? (
            <p className="notice" data-testid="mailbox-empty">
              {t('mailbox.empty')}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="table" aria-labelledby={titleId} data-testid="mailbox-table">
                <caption id={titleId} className="visually-hidden">
                  {t('mailbox.title')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('mailbox.columns.state')}</th>
                    <th scope="col">{t('mailbox.columns.recipient')}</th>
                    <th scope="col">{t('mailbox.columns.subject')}</th>
                    <th scope="col">{t('mailbox.columns.createdAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mailbox.data.mails.map((mail) => (
                    <MailRow
                      key={mail.id}
                      mail={mail}
                      current={mail.id === opened}
                      timeZone={timeZone}
                      onOpen={() => {
                        choose({ mail: mail.id });
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {opened && (
        <MailDetail
          key={opened}
          mailId={opened}
          timeZone={timeZone}
          onClose={() => {
            choose({ mail: null });
          }}
        />
      )}
    </div>
  );
}

function MailRow({
  mail,
  current,
  timeZone,
  onOpen,
}: {
  mail: MailSummary;
  current: boolean;
  timeZone: string | undefined;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <tr
      data-testid={`mail-${mail.id}`}
      className={current ? 'mailbox__row mailbox__row--current' : 'mailbox__row'}
    >
      <td>
        <span className={`mail-state mail-state--${mail.state.toLowerCase()}`}>
          {t(`mailbox.states.${mail.state}`)}
        </span>
      </td>
      <td className="table__breakable">{mail.recipient}</td>
      <td>
        <button
          type="button"
          className="mailbox__open"
          aria-current={current ? 'true' : undefined}
          onClick={onOpen}
          data-testid={`mail-open-${mail.id}`}
        >
          {mail.subject}
        </button>
        <span className="mailbox__kind">{t(`notifications.kinds.${mail.kind}`)}</span>
      </td>
      <td className="table__nowrap">
        <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt, language, timeZone)}</time>
      </td>
    </tr>
  );
}

/** One e-mail as it was written, with a retry for a dead letter. */
function MailDetail({
  mailId,
  timeZone,
  onClose,
}: {
  mailId: string;
  timeZone: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mail = useMail(mailId);
  const retry = useRetryMail();
  const headingId = useId();

  if (mail.isPending) {
    return <p role="status">{t('mailbox.detail.loading')}</p>;
  }
  if (mail.isError) {
    return (
      <ErrorMessage
        error={mail.error}
        onRetry={() => {
          void mail.refetch();
        }}
      />
    );
  }
  const { mail: summary, textBody, htmlBody, calendar } = mail.data;
  const when = (instant: string | null) =>
    instant === null ? '—' : formatDateTime(instant, language, timeZone);
  return (
    <section className="panel mail-detail" aria-labelledby={headingId} data-testid="mail-detail">
      <div className="button-row mail-detail__bar">
        <h2 id={headingId} className="page__subtitle">
          {summary.subject}
        </h2>
        <button type="button" className="button button--small button--secondary" onClick={onClose}>
          {t('mailbox.detail.close')}
        </button>
      </div>
      <dl className="facts mail-detail__facts">
        <div>
          <dt>{t('mailbox.detail.recipient')}</dt>
          <dd>{summary.recipient}</dd>
        </div>
        <div>
          <dt>{t('mailbox.detail.kind')}</dt>
          <dd>{t(`notifications.kinds.${summary.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('mailbox.detail.language')}</dt>
          <dd>
            {isLanguage(summary.language)
              ? t(`notifications.languages.${summary.language}`)
              : summary.language}
          </dd>
        </div>
        <div>
          <dt>{t('mailbox.detail.state')}</dt>
          <dd data-testid="mail-detail-state">{t(`mailbox.states.${summary.state}`)}</dd>
        </div>
        <div>
          <dt>{t('mailbox.detail.createdAt')}</dt>
          <dd>{when(summary.createdAt)}</dd>
        </div>
        <div>
          <dt>
            {summary.state === 'PENDING'
              ? t('mailbox.detail.nextAttemptAt')
              : t('mailbox.detail.sentAt')}
          </dt>
          <dd>
            {summary.state === 'PENDING' ? when(summary.nextAttemptAt) : when(summary.sentAt)}
          </dd>
        </div>
        <div>
          <dt>{t('mailbox.detail.attempts')}</dt>
          <dd>{summary.attempts}</dd>
        </div>
        {summary.lastError && (
          <div className="facts__item--wide">
            <dt>{t('mailbox.detail.lastError')}</dt>
            <dd data-testid="mail-detail-error">{summary.lastError}</dd>
          </div>
        )}
      </dl>
      {summary.state === 'DEAD' && (
        <div className="mail-detail__dead" data-testid="mail-dead">
          <p>{t('mailbox.detail.deadNote', { count: summary.attempts })}</p>
          <button
            type="button"
            className="button"
            disabled={retry.isPending}
            onClick={() => {
              retry.mutate(summary.id);
            }}
            data-testid="mail-retry"
          >
            {retry.isPending ? t('mailbox.detail.retrying') : t('mailbox.detail.retry')}
          </button>
        </div>
      )}
      {retry.isError && <ErrorMessage error={retry.error} />}
      {retry.isSuccess && summary.state === 'PENDING' && (
        <p className="notice notice--success" role="status" data-testid="mail-retried">
          {t('mailbox.detail.retried')}
        </p>
      )}
      <h3 className="mail-detail__part">{t('mailbox.detail.html')}</h3>
      {/* The HTML as it was sent, in a frame that runs no script and reaches nothing of this page. */}
      <iframe
        className="mail-detail__html"
        sandbox=""
        referrerPolicy="no-referrer"
        srcDoc={htmlBody}
        title={t('mailbox.detail.htmlFrame', { subject: summary.subject })}
        data-testid="mail-html"
      />
      <h3 className="mail-detail__part">{t('mailbox.detail.text')}</h3>
      <pre className="mail-detail__text" data-testid="mail-text">
        {textBody}
      </pre>
      {calendar !== null && (
        <>
          <h3 className="mail-detail__part">{t('mailbox.detail.calendar')}</h3>
          <p>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => {
                download(calendar, `summit-${summary.id}.ics`);
              }}
              data-testid="mail-calendar-download"
            >
              {t('mailbox.detail.downloadCalendar')}
            </button>
          </p>
          <pre className="mail-detail__text" data-testid="mail-calendar">
            {calendar}
          </pre>
        </>
      )}
    </section>
  );
}

/** Saves the calendar attachment as a file, as the recipient's mail program would offer it. */
function download(calendar: string, name: string) {
  const url = URL.createObjectURL(new Blob([calendar], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

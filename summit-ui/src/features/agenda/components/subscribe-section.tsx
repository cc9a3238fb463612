import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { formatDateTime, useLanguage } from '@/lib/i18n';

import { useMyFeed } from '@/features/agenda/api/get-my-feed';
import { useIssueMyFeed } from '@/features/agenda/api/issue-my-feed';
import { useRevokeMyFeed } from '@/features/agenda/api/revoke-my-feed';
import { webcalOf } from '@/features/agenda/utils/webcal';

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field">
        <input
          ref={input}
          id={id}
          className="field__input"
          value={value}
          readOnly
          onFocus={(event) => {
            event.target.select();
          }}
          data-testid={testId}
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            navigator.clipboard.writeText(value).then(
              () => {
                setCopied(true);
              },
              // No clipboard: select the text, so that it can be copied by hand.
              () => input.current?.focus(),
            );
          }}
        >
          {copied ? t('agenda.subscribe.copied') : t('agenda.subscribe.copy')}
        </button>
      </div>
    </div>
  );
}

/**
 * Subscribing in a calendar app: the whole summit's iCalendar URL (each language), and the
 * delegate's own secret feed, created, copied and revoked here.
 */
export function SubscribeSection({ summitId }: { summitId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const feed = useMyFeed(summitId);
  const issue = useIssueMyFeed(summitId);
  const revoke = useRevokeMyFeed(summitId);
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const whole = new URL(
    `/api/summits/${encodeURIComponent(summitId)}/agenda.ics${language === 'zh-Hant' ? '?lang=zh-Hant' : ''}`,
    window.location.origin,
  ).href;
  const issued = issue.data?.url ?? null;
  const changeError = issue.error ?? revoke.error;

  return (
    <section className="page__section subscribe" data-testid="agenda-subscribe">
      <h2 className="page__subtitle">{t('agenda.subscribe.title')}</h2>
      <p>{t('agenda.subscribe.intro')}</p>
      <h3 className="subscribe__title">{t('agenda.subscribe.whole')}</h3>
      <CopyField label={t('agenda.subscribe.https')} value={whole} testId="subscribe-whole" />
      <p>
        <a className="button button--secondary" href={webcalOf(whole)}>
          {t('agenda.subscribe.open')}
        </a>
      </p>

      <h3 className="subscribe__title">{t('agenda.subscribe.mine')}</h3>
      <p>{t('agenda.subscribe.mineIntro')}</p>
      {feed.isError && (
        <ErrorMessage
          error={feed.error}
          onRetry={() => {
            void feed.refetch();
          }}
        />
      )}
      {changeError && <ErrorMessage error={changeError} />}
      {issued !== null && feed.data?.issued ? (
        <div className="panel" aria-live="polite" data-testid="my-feed-issued">
          <p>{t('agenda.subscribe.shownOnce')}</p>
          <CopyField label={t('agenda.subscribe.https')} value={issued} testId="my-feed-https" />
          <CopyField
            label={t('agenda.subscribe.webcal')}
            value={webcalOf(issued)}
            testId="my-feed-webcal"
          />
          <p>
            <a className="button button--secondary" href={webcalOf(issued)}>
              {t('agenda.subscribe.open')}
            </a>
          </p>
        </div>
      ) : (
        feed.data?.issued &&
        feed.data.issuedAt && (
          <p className="notice" data-testid="my-feed-status">
            {t('agenda.subscribe.issuedAt', {
              when: formatDateTime(feed.data.issuedAt, language),
            })}
          </p>
        )
      )}
      {feed.data && !feed.data.issued && revoke.isSuccess && (
        <p className="notice" role="status" data-testid="my-feed-revoked">
          {t('agenda.subscribe.revoked')}
        </p>
      )}
      <div className="subscribe__actions">
        <button
          type="button"
          className="button"
          disabled={issue.isPending || feed.isPending}
          data-testid="my-feed-issue"
          onClick={() => {
            setConfirming(false);
            issue.mutate();
          }}
        >
          {feed.data?.issued ? t('agenda.subscribe.reissue') : t('agenda.subscribe.issue')}
        </button>
        {feed.data?.issued && !confirming && (
          <button
            type="button"
            className="button button--danger"
            data-testid="my-feed-revoke"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('agenda.subscribe.revoke')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="panel" role="alertdialog" aria-labelledby={questionId}>
          <p id={questionId}>{t('agenda.subscribe.revokeConfirm')}</p>
          <div className="subscribe__actions">
            <button
              type="button"
              className="button button--danger"
              data-testid="my-feed-revoke-confirm"
              disabled={revoke.isPending}
              onClick={() => {
                issue.reset();
                revoke.mutate(undefined, {
                  onSettled: () => {
                    setConfirming(false);
                  },
                });
              }}
            >
              {t('agenda.subscribe.revokeYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('agenda.subscribe.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

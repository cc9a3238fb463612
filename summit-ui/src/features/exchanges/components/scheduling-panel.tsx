import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { intlLocale, localize, useLanguage } from '@/lib/i18n';

import { useCancelSchedulingRun } from '@/features/exchanges/api/cancel-scheduling-run';
import {
  useLatestSchedulingRun,
  type SchedulingRun,
} from '@/features/exchanges/api/get-latest-scheduling-run';
import { exchangesQueryKey, type Exchange } from '@/features/exchanges/api/get-my-exchanges';
import { useStartSchedulingRun } from '@/features/exchanges/api/start-scheduling-run';

interface SchedulingPanelProps {
  summitId: string;
  /** Every exchange, to name those a run could not place. */
  exchanges: readonly Exchange[];
}

/**
 * Automatic scheduling: start a run, follow it live (asked every second while it works), cancel
 * it; once it ended, its score, what it changed and what it could not place, and why.
 */
export function SchedulingPanel({ summitId, exchanges }: SchedulingPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const latest = useLatestSchedulingRun(summitId);
  const start = useStartSchedulingRun(summitId);
  const cancel = useCancelSchedulingRun(summitId);
  const run = latest.data;
  const running = run?.state === 'RUNNING';

  // A run that ends has changed the schedule: show the exchanges' new places.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) {
      void queryClient.invalidateQueries({ queryKey: exchangesQueryKey });
    }
    wasRunning.current = running;
  }, [running, queryClient]);

  return (
    <section
      className="page__section scheduling"
      aria-labelledby="scheduling-heading"
      data-testid="scheduling"
    >
      <h2 id="scheduling-heading" className="page__subtitle">
        {t('exchanges.scheduling.title')}
      </h2>
      <p>{t('exchanges.scheduling.lead')}</p>
      {latest.error && <ErrorMessage error={latest.error} onRetry={() => void latest.refetch()} />}
      {start.error && <ErrorMessage error={start.error} />}
      {cancel.error && <ErrorMessage error={cancel.error} />}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={running || start.isPending || latest.isPending}
          onClick={() => {
            start.mutate();
          }}
          data-testid="scheduling-start"
        >
          {t('exchanges.scheduling.start')}
        </button>
        {running && (
          <button
            type="button"
            className="button button--danger"
            disabled={cancel.isPending || run.cancelRequested}
            onClick={() => {
              cancel.mutate(run.id);
            }}
            data-testid="scheduling-cancel"
          >
            {t('exchanges.scheduling.cancel')}
          </button>
        )}
      </div>
      {run && <RunView run={run} exchanges={exchanges} />}
    </section>
  );
}

function RunView({ run, exchanges }: { run: SchedulingRun; exchanges: readonly Exchange[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 });
  const elapsed = run.elapsedMillis / 1000;
  const limit = run.timeLimitMillis / 1000;
  const running = run.state === 'RUNNING';
  const titles = new Map(exchanges.map((exchange) => [exchange.id, exchange.title]));
  return (
    <div className="scheduling__run" data-testid="scheduling-run" data-state={run.state}>
      <p className="scheduling__state" role="status">
        {t(`exchanges.scheduling.states.${run.state}`)}
      </p>
      {running && (
        <div className="scheduling__progress">
          <label htmlFor="scheduling-time">
            {t('exchanges.scheduling.elapsed', {
              elapsed: number.format(elapsed),
              limit: number.format(limit),
            })}
          </label>
          <progress
            id="scheduling-time"
            max={limit > 0 ? limit : 1}
            value={Math.min(elapsed, limit > 0 ? limit : 1)}
          />
        </div>
      )}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('exchanges.scheduling.placed')}</dt>
          <dd data-testid="scheduling-placed">
            {t('exchanges.scheduling.placedOf', { placed: run.placed, total: run.total })}
          </dd>
        </div>
        <div>
          <dt>{t('exchanges.scheduling.score')}</dt>
          <dd data-testid="scheduling-score">
            {t('exchanges.scheduling.scoreValue', {
              hard: run.hard,
              medium: run.medium,
              soft: run.soft,
            })}
          </dd>
        </div>
        {!running && (
          <div>
            <dt>{t('exchanges.scheduling.took')}</dt>
            <dd>{t('exchanges.scheduling.seconds', { seconds: number.format(elapsed) })}</dd>
          </div>
        )}
        {run.state === 'DONE' && (
          <div>
            <dt>{t('exchanges.scheduling.changes')}</dt>
            <dd data-testid="scheduling-changes">
              {t('exchanges.scheduling.changesValue', {
                scheduled: run.scheduled,
                rescheduled: run.rescheduled,
                unscheduled: run.unscheduled,
              })}
            </dd>
          </div>
        )}
      </dl>
      {run.state === 'FAILED' && run.failure && (
        <p className="error-message">
          {t('exchanges.scheduling.failure', { failure: run.failure })}
        </p>
      )}
      {run.state === 'CANCELLED' && (
        <p className="notice">{t('exchanges.scheduling.keptSchedule')}</p>
      )}
      {!running && run.unplaced.length > 0 && (
        <>
          <h3 className="exchange-card__subtitle">{t('exchanges.scheduling.unplaced')}</h3>
          <ul className="scheduling__unplaced" data-testid="scheduling-unplaced">
            {run.unplaced.map((unplaced) => {
              const title = titles.get(unplaced.exchangeId);
              return (
                <li key={unplaced.exchangeId}>
                  <strong>{title ? localize(title, language) : unplaced.exchangeId}</strong>:{' '}
                  <UnplacedReason code={unplaced.reason} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** Why a run could not place an exchange, in words; a code this build does not know shows as it is. */
export function UnplacedReason({ code }: { code: string }) {
  const { t } = useTranslation();
  // Codes come from the server at run time: the catalogue holds those it sends today.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  const suffix = code.startsWith('exchange.unplaced.')
    ? code.slice('exchange.unplaced.'.length)
    : code;
  return <>{translate(`exchanges.unplaced.${suffix}`, { defaultValue: code })}</>;
}

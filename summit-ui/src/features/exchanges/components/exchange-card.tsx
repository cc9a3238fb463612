import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { BilingualText } from '@/components/ui/bilingual-text';
import { localize, useLanguage } from '@/lib/i18n';

import type { Exchange } from '@/features/exchanges/api/get-my-exchanges';
import { formatSpan } from '@/features/exchanges/utils/format-time';

interface ExchangeCardProps {
  exchange: Exchange;
  /** What the viewer can do with it (answer, cancel, record the outcome, place it). */
  children?: ReactNode;
}

/** One exchange: its topic, every city's answer, its note, where and when once placed, and the outcomes. */
export function ExchangeCard({ exchange, children }: ExchangeCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const placement = exchange.placement;
  return (
    <li className="exchange-card" data-testid={`exchange-${exchange.id}`}>
      <h3 className="exchange-card__title">
        <BilingualText text={exchange.title} />
      </h3>
      <p className="tags">
        <span className={`tag exchange-status exchange-status--${exchange.status}`}>
          {t(`exchanges.status.${exchange.status}`)}
        </span>
        {exchange.theme === null && <span className="tag">{t('exchanges.freeSubjectTag')}</span>}
        {exchange.interpretation && <span className="tag">{t('exchanges.interpretationTag')}</span>}
        {placement?.pinned && <span className="tag">{t('exchanges.pinnedTag')}</span>}
      </p>
      {placement ? (
        <p className="exchange-card__when" data-testid={`exchange-placement-${exchange.id}`}>
          <time dateTime={placement.startsAt}>
            {formatSpan(placement.startsAt, placement.endsAt, language)}
          </time>
          {placement.place && ` · ${localize(placement.place, language)}`}
        </p>
      ) : (
        exchange.status === 'agreed' && (
          <p className="exchange-card__when exchange-card__when--unplaced">
            {t('exchanges.notPlacedYet')}
          </p>
        )
      )}
      {(exchange.note.en || exchange.note['zh-Hant']) && (
        <p className="exchange-card__note">
          <BilingualText text={exchange.note} />
        </p>
      )}
      <ul className="exchange-card__cities" aria-label={t('exchanges.cities')}>
        {exchange.cities.map((party) => (
          <li key={party.cityId} className="exchange-card__city">
            <strong>{localize(party.cityName, language)}</strong>{' '}
            <span className={`exchange-answer-tag exchange-answer-tag--${party.answer}`}>
              {party.requesting
                ? t('exchanges.answers.requesting')
                : t(`exchanges.answers.${party.answer}`)}
            </span>
            {party.members.length > 0 && (
              <span className="exchange-card__members">
                {' '}
                · {party.members.map((member) => localize(member.name, language)).join(', ')}
              </span>
            )}
            {party.reason && (
              <span className="exchange-card__reason">
                {' '}
                · {t('exchanges.answers.reason', { reason: party.reason })}
              </span>
            )}
            {party.preferredTimes.length > 0 && (
              <span className="exchange-card__times">
                {' '}
                ·{' '}
                {t('exchanges.answers.times', {
                  times: party.preferredTimes
                    .map((time) => formatSpan(time.startsAt, time.endsAt, language))
                    .join(', '),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {exchange.status === 'cancelled' && exchange.cancelReason && (
        <p className="exchange-card__reason">
          {t('exchanges.cancelledBecause', { reason: exchange.cancelReason })}
        </p>
      )}
      {exchange.outcomes.length > 0 && (
        <div className="exchange-card__outcomes">
          <h4 className="exchange-card__subtitle">{t('exchanges.outcome.heading')}</h4>
          {exchange.outcomes.map((outcome) => (
            <div key={outcome.cityId} className="exchange-outcome">
              <p>
                <strong>{localize(outcome.cityName, language)}</strong>
                {outcome.mouIntended && (
                  <span className="tag">{t('exchanges.outcome.mouTag')}</span>
                )}
              </p>
              <p>{outcome.summary}</p>
              {outcome.actions.length > 0 && (
                <ul>
                  {outcome.actions.map((action, index) => (
                    // Actions have no id and are shown as recorded, never reordered.
                    <li key={index}>
                      {t('exchanges.outcome.line', {
                        action: action.action,
                        owner: action.owner,
                        due: action.due ?? t('exchanges.outcome.noDue'),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
      {children && <div className="exchange-card__actions">{children}</div>}
    </li>
  );
}

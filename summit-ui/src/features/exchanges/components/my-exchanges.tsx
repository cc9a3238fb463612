import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';

import { useMyExchanges, type Exchange } from '@/features/exchanges/api/get-my-exchanges';
import { AnswerActions } from '@/features/exchanges/components/answer-actions';
import { CancelExchangeForm } from '@/features/exchanges/components/cancel-exchange-form';
import { ExchangeCard } from '@/features/exchanges/components/exchange-card';
import { OutcomeForm } from '@/features/exchanges/components/outcome-form';
import '@/features/exchanges/components/exchanges.css';
import { RequestExchangeForm } from '@/features/exchanges/components/request-exchange-form';

type Group = 'mine' | 'others' | 'agreed' | 'closed';

const groups: readonly Group[] = ['mine', 'others', 'agreed', 'closed'];

interface MyExchangesProps {
  /** The delegate's city. */
  cityId: string;
  /** The summit's time zone, in which every time is written. */
  timeZone: string | undefined;
}

function groupOf(exchange: Exchange, cityId: string): Group {
  switch (exchange.status) {
    case 'agreed':
      return 'agreed';
    case 'declined':
    case 'cancelled':
      return 'closed';
    case 'requested': {
      const mine = exchange.cities.find((party) => party.cityId === cityId);
      return mine &&
        !mine.requesting &&
        (mine.answer === 'pending' || mine.answer === 'times-proposed')
        ? 'mine'
        : 'others';
    }
  }
}

/**
 * A delegate's exchanges: asking other cities for one, then my city's exchanges grouped by what
 * they wait for, each with what my city can do with it now.
 */
export function MyExchanges({ cityId, timeZone }: MyExchangesProps) {
  const { t } = useTranslation();
  const exchanges = useMyExchanges();
  const [requesting, setRequesting] = useState(false);
  const [requested, setRequested] = useState<Exchange | null>(null);

  return (
    <>
      <section className="page__section" aria-labelledby="exchange-request-heading">
        <h2 id="exchange-request-heading" className="page__subtitle">
          {t('exchanges.request.title')}
        </h2>
        {requested && !requesting && (
          <p className="notice notice--success" role="status" data-testid="exchange-requested">
            {t('exchanges.request.done')}
          </p>
        )}
        {requesting ? (
          <RequestExchangeForm
            onRequested={(exchange) => {
              setRequested(exchange);
              setRequesting(false);
            }}
            onCancel={() => {
              setRequesting(false);
            }}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setRequesting(true);
              setRequested(null);
            }}
            data-testid="exchange-request-open"
          >
            {t('exchanges.request.open')}
          </button>
        )}
      </section>
      {exchanges.error ? (
        <ErrorMessage error={exchanges.error} onRetry={() => void exchanges.refetch()} />
      ) : exchanges.data === undefined ? (
        <p role="status">{t('exchanges.loading')}</p>
      ) : (
        groups.map((group) => {
          const shown = exchanges.data.filter((exchange) => groupOf(exchange, cityId) === group);
          return (
            <section
              key={group}
              className="page__section"
              aria-labelledby={`exchanges-${group}`}
              data-testid={`exchanges-group-${group}`}
            >
              <h2 id={`exchanges-${group}`} className="page__subtitle">
                {t(`exchanges.groups.${group}`)}
              </h2>
              {shown.length === 0 ? (
                <p className="notice">{t('exchanges.groups.empty')}</p>
              ) : (
                <ul className="exchange-list">
                  {shown.map((exchange) => (
                    <ExchangeCard key={exchange.id} exchange={exchange}>
                      <DelegateActions exchange={exchange} cityId={cityId} group={group} />
                    </ExchangeCard>
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
      {timeZone && <p className="field__hint">{t('exchanges.zoneNote', { zone: timeZone })}</p>}
    </>
  );
}

function DelegateActions({
  exchange,
  cityId,
  group,
}: {
  exchange: Exchange;
  cityId: string;
  group: Group;
}) {
  const mine = exchange.cities.find((party) => party.cityId === cityId);
  if (group === 'closed' || !mine || mine.answer === 'declined') {
    return null;
  }
  return (
    <>
      {group === 'mine' && <AnswerActions exchange={exchange} />}
      {group === 'agreed' && (
        <OutcomeForm
          exchangeId={exchange.id}
          recorded={exchange.outcomes.find((outcome) => outcome.cityId === cityId)}
        />
      )}
      {/* An invited city that has not answered declines rather than calls it off. */}
      {group !== 'mine' && <CancelExchangeForm exchangeId={exchange.id} />}
    </>
  );
}

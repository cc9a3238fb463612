import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';

import { useExchangeBlocks } from '@/features/exchanges/api/get-exchange-blocks';
import { useExchanges } from '@/features/exchanges/api/get-exchanges';
import { ExchangeBlocksEditor } from '@/features/exchanges/components/exchange-blocks-editor';
import { ExchangeCard } from '@/features/exchanges/components/exchange-card';
import { PlacementForm } from '@/features/exchanges/components/placement-form';
import { SchedulingPanel } from '@/features/exchanges/components/scheduling-panel';
import '@/features/exchanges/components/exchanges.css';

interface OrganiserExchangesProps {
  summitId: string;
  timeZone: string;
}

/**
 * The organisers' exchanges: automatic scheduling, every exchange with its status and place (agreed
 * ones placed or moved by hand), the exchange blocks' tables and meeting length, and the outcomes'
 * exports.
 */
export function OrganiserExchanges({ summitId, timeZone }: OrganiserExchangesProps) {
  const { t } = useTranslation();
  const exchanges = useExchanges();
  const blocks = useExchangeBlocks(summitId);

  const error = exchanges.error ?? blocks.error;
  if (error) {
    return (
      <ErrorMessage
        error={error}
        onRetry={() => {
          void exchanges.refetch();
          void blocks.refetch();
        }}
      />
    );
  }
  if (exchanges.data === undefined || blocks.data === undefined) {
    return <p role="status">{t('exchanges.loading')}</p>;
  }
  const agreed = exchanges.data.filter((exchange) => exchange.status === 'agreed');
  const placed = agreed.filter((exchange) => exchange.placement !== null).length;
  return (
    <>
      <p className="field__hint">{t('exchanges.zoneNote', { zone: timeZone })}</p>
      <SchedulingPanel summitId={summitId} exchanges={exchanges.data} />
      <section
        className="page__section"
        aria-labelledby="all-exchanges-heading"
        data-testid="organiser-exchanges"
      >
        <h2 id="all-exchanges-heading" className="page__subtitle">
          {t('exchanges.organiser.all')}
        </h2>
        <p>
          {t('exchanges.organiser.counts', {
            total: exchanges.data.length,
            agreed: agreed.length,
            placed,
          })}
        </p>
        {exchanges.data.length === 0 ? (
          <p className="notice">{t('exchanges.organiser.none')}</p>
        ) : (
          <ul className="exchange-list">
            {exchanges.data.map((exchange) => (
              <ExchangeCard key={exchange.id} exchange={exchange}>
                {exchange.status === 'agreed' && (
                  <PlacementForm exchange={exchange} blocks={blocks.data} />
                )}
              </ExchangeCard>
            ))}
          </ul>
        )}
      </section>
      <ExchangeBlocksEditor blocks={blocks.data} />
      <section className="page__section" aria-labelledby="exchange-exports-heading">
        <h2 id="exchange-exports-heading" className="page__subtitle">
          {t('exchanges.exports.title')}
        </h2>
        <p>{t('exchanges.exports.lead')}</p>
        <ul className="button-row">
          <li>
            <a
              className="button button--secondary"
              href="/api/exchanges/outcomes.csv"
              download
              data-testid="exchange-outcomes-csv"
            >
              {t('exchanges.exports.csv')}
            </a>
          </li>
          <li>
            <a
              className="button button--secondary"
              href="/api/exchanges/outcomes.pdf"
              target="_blank"
              rel="noreferrer"
              data-testid="exchange-outcomes-pdf"
            >
              {t('exchanges.exports.pdf')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

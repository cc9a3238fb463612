import { useTranslation } from 'react-i18next';

import { useSession } from '@/features/accounts/api/get-session';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { MyExchanges } from '@/features/exchanges/components/my-exchanges';

/** A delegate's exchanges with other cities: asking, answering, following up. */
export function ExchangesRoute() {
  const { t } = useTranslation();
  const session = useSession();
  // The summit's zone says in which zone the times are written.
  const summit = useCurrentSummit();
  const cityId = session.data?.account.cityId;
  return (
    <article className="page page--wide">
      <h1 className="page__title">{t('roles.exchanges.name')}</h1>
      <p className="page__lead">{t('roles.exchanges.summary')}</p>
      {cityId ? (
        <MyExchanges cityId={cityId} timeZone={summit.data?.timeZone} />
      ) : (
        <p className="notice">{t('exchanges.noCity')}</p>
      )}
    </article>
  );
}

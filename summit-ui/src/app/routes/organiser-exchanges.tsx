import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { homeOf } from '@/app/roles';
import { ErrorMessage } from '@/components/errors/error-message';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { OrganiserExchanges } from '@/features/exchanges/components/organiser-exchanges';

/** The organisers' exchanges of the current summit: blocks, scheduling, placement, exports. */
export function OrganiserExchangesRoute() {
  const { t } = useTranslation();
  const summit = useCurrentSummit();
  return (
    <article className="page page--wide">
      <p className="breadcrumb">
        <Link to={homeOf('organiser')}>{t('organiser.back')}</Link>
      </p>
      <h1 className="page__title">{t('exchanges.organiser.title')}</h1>
      <p className="page__lead">{t('exchanges.organiser.lead')}</p>
      {summit.isPending ? (
        <p role="status">{t('exchanges.loading')}</p>
      ) : summit.error ? (
        <ErrorMessage error={summit.error} onRetry={() => void summit.refetch()} />
      ) : summit.data ? (
        <OrganiserExchanges summitId={summit.data.id} timeZone={summit.data.timeZone} />
      ) : (
        <p>{t('editor.noSummit')}</p>
      )}
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { homeOf } from '@/app/roles';
import { ErrorMessage } from '@/components/errors/error-message';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { ProgrammeEditor } from '@/features/agenda/components/programme-editor';

/** The organisers' programme editor for the current summit. */
export function OrganiserAgendaRoute() {
  const { t } = useTranslation();
  const summit = useCurrentSummit();
  return (
    <article className="page page--wide">
      <p className="breadcrumb">
        <Link to={homeOf('organiser')}>{t('organiser.back')}</Link>
      </p>
      <h1 className="page__title">{t('editor.title')}</h1>
      <p className="page__lead">{t('editor.lead')}</p>
      {summit.isPending ? (
        <p role="status">{t('editor.loading')}</p>
      ) : summit.error ? (
        <ErrorMessage error={summit.error} onRetry={() => void summit.refetch()} />
      ) : summit.data ? (
        <ProgrammeEditor summit={summit.data} />
      ) : (
        <p>{t('editor.noSummit')}</p>
      )}
    </article>
  );
}

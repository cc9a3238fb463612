import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { homeOf } from '@/app/roles';
import { DeclarationEditor } from '@/features/ceremony/components/declaration-editor';

/** Where organisers draft the declaration signed at the ceremony, in both languages. */
export function OrganiserCeremonyRoute() {
  const { t } = useTranslation();
  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to={homeOf('organiser')}>{t('organiser.back')}</Link>
      </p>
      <h1 className="page__title">{t('ceremony.declaration.title')}</h1>
      <p className="page__lead">{t('ceremony.declaration.lead')}</p>
      <DeclarationEditor />
    </article>
  );
}

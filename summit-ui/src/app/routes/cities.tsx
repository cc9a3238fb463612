import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { cityPath } from '@/app/roles';
import { useSession } from '@/features/accounts/api/get-session';
import { CitiesImport } from '@/features/cities/components/cities-import';
import { CitiesList } from '@/features/cities/components/cities-list';
import { RegisterCityForm } from '@/features/cities/components/register-city-form';

/** The attending cities in protocol order; organisers also register and import them here. */
export function CitiesRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const titleId = useId();
  const organiser = session.data?.account.role === 'organiser';
  return (
    <article className="page">
      <h1 id={titleId} className="page__title">
        {t('cities.title')}
      </h1>
      <p className="page__lead">{organiser ? t('cities.leadOrganiser') : t('cities.lead')}</p>
      <CitiesList cityPath={cityPath} canManage={organiser} labelledBy={titleId} />
      {organiser && (
        <>
          <section className="page__section">
            <h2 className="page__subtitle">{t('cities.register.title')}</h2>
            <p className="page__lead">{t('cities.register.lead')}</p>
            <RegisterCityForm />
          </section>
          <section className="page__section">
            <h2 className="page__subtitle">{t('cities.import.title')}</h2>
            <p className="page__lead">{t('cities.import.lead')}</p>
            <CitiesImport />
          </section>
        </>
      )}
    </article>
  );
}

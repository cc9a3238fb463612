import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { paths } from '@/app/roles';
import { useSession } from '@/features/accounts/api/get-session';
import { CityDetails } from '@/features/cities/components/city-details';

/** One city and its delegation; organisers change them here. */
export function CityRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to={paths.cities}>{t('cities.back')}</Link>
      </p>
      <CityDetails
        // Nothing typed for one city may stay in a form when another one opens.
        key={id}
        id={id}
        canManage={session.data?.account.role === 'organiser'}
      />
    </article>
  );
}

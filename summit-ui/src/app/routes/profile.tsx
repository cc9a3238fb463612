import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { cityPath } from '@/app/roles';
import { useSession } from '@/features/accounts/api/get-session';
import { MyProfile } from '@/features/cities/components/my-profile';

/** A delegate's own details, and a way to their city's delegation. */
export function ProfileRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const cityId = session.data?.account.cityId;
  return (
    <article className="page">
      <h1 className="page__title">{t('profile.title')}</h1>
      <p className="page__lead">{t('profile.lead')}</p>
      {cityId && (
        <p>
          <Link to={cityPath(cityId)} data-testid="profile-city-link">
            {t('profile.cityLink')}
          </Link>
        </p>
      )}
      <MyProfile />
    </article>
  );
}

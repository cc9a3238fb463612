import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths, viewsFor } from '@/app/roles';
import { useSession } from '@/features/accounts/api/get-session';

export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const views = viewsFor(session.data?.account.role);
  return (
    <article className="page">
      <h1 className="page__title">{t('home.title')}</h1>
      <p className="page__lead">{t('home.intro')}</p>
      {views.length > 0 ? (
        <>
          <h2 className="page__subtitle">{t('home.chooseRole')}</h2>
          <ul className="role-cards">
            {views.map((role) => (
              <li key={role.id} className="role-card">
                <h3 className="role-card__title">
                  {/* The link covers the whole card (see .role-card__link::after). */}
                  <Link to={role.path} className="role-card__link">
                    {t(`roles.${role.id}.name`)}
                  </Link>
                </h3>
                <p className="role-card__text">{t(`roles.${role.id}.summary`)}</p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        !session.isPending && (
          <>
            <p className="notice">{t('home.logInFirst')}</p>
            <Link to={paths.login} className="button">
              {t('account.logIn')}
            </Link>
          </>
        )
      )}
    </article>
  );
}

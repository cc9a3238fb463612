import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { viewsFor } from '@/app/roles';
import { useSession } from '@/features/accounts/api/get-session';

/** Home, the public programme, and the views the logged-in account may open; views it may not are not shown at all. */
export function RoleNavigation() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <nav className="role-nav" aria-label={t('nav.label')}>
      <ul className="role-nav__list">
        <li>
          <NavLink to="/" end className="role-nav__link" data-testid="nav-home">
            {t('nav.home')}
          </NavLink>
        </li>
        {/* The programme is public: everyone, logged in or not, has it. */}
        <li>
          <NavLink to="/agenda" className="role-nav__link" data-testid="nav-agenda">
            {t('nav.programme')}
          </NavLink>
        </li>
        {viewsFor(session.data?.account.role).map((role) => (
          <li key={role.id}>
            <NavLink to={role.path} className="role-nav__link" data-testid={`nav-${role.id}`}>
              {t(`roles.${role.id}.name`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { roles } from '@/app/roles';

export function RoleNavigation() {
  const { t } = useTranslation();
  return (
    <nav className="role-nav" aria-label={t('nav.label')}>
      <ul className="role-nav__list">
        <li>
          <NavLink to="/" end className="role-nav__link" data-testid="nav-home">
            {t('nav.home')}
          </NavLink>
        </li>
        {roles.map((role) => (
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

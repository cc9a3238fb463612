import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/app/roles';
import { RoleRoute } from '@/app/routes/role';
import { SigningRoll } from '@/features/ceremony/components/signing-roll';

/** The organiser's view: the administration pages that are ready, then the signing roll. */
export function OrganiserRoute() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <RoleRoute view="organiser">
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="page__subtitle">
          {t('organiser.administration')}
        </h2>
        <ul className="role-cards">
          <li className="role-card">
            <h3 className="role-card__title">
              <Link
                to={paths.organiserAgenda}
                className="role-card__link"
                data-testid="organiser-agenda-link"
              >
                {t('editor.title')}
              </Link>
            </h3>
            <p className="role-card__text">{t('editor.summary')}</p>
          </li>
          <li className="role-card">
            <h3 className="role-card__title">
              <Link
                to={paths.organiserExchanges}
                className="role-card__link"
                data-testid="organiser-exchanges-link"
              >
                {t('exchanges.organiser.title')}
              </Link>
            </h3>
            <p className="role-card__text">{t('exchanges.organiser.summary')}</p>
          </li>
          <li className="role-card">
            <h3 className="role-card__title">
              <Link to={paths.organiserCeremony} className="role-card__link">
                {t('ceremony.declaration.title')}
              </Link>
            </h3>
            <p className="role-card__text">{t('ceremony.declaration.summary')}</p>
          </li>
          <li className="role-card">
            <h3 className="role-card__title">
              <Link to={paths.organiserAccounts} className="role-card__link">
                {t('accounts.title')}
              </Link>
            </h3>
            <p className="role-card__text">{t('accounts.summary')}</p>
          </li>
          <li className="role-card">
            <h3 className="role-card__title">
              <Link
                to={paths.organiserMailbox}
                className="role-card__link"
                data-testid="organiser-mailbox-link"
              >
                {t('mailbox.title')}
              </Link>
            </h3>
            <p className="role-card__text">{t('mailbox.summary')}</p>
          </li>
          <li className="role-card">
            <h3 className="role-card__title">
              <Link to={paths.organiserAudit} className="role-card__link">
                {t('audit.title')}
              </Link>
            </h3>
            <p className="role-card__text">{t('audit.summary')}</p>
          </li>
        </ul>
      </section>
      <SigningRoll />
    </RoleRoute>
  );
}

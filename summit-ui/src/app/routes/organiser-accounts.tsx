import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { homeOf } from '@/app/roles';
import { AccountsTable } from '@/features/accounts/components/accounts-table';
import { InviteAccountForm } from '@/features/accounts/components/invite-account-form';

/** Who can log in, and inviting someone new. */
export function OrganiserAccountsRoute() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to={homeOf('organiser')}>{t('organiser.back')}</Link>
      </p>
      <h1 id={titleId} className="page__title">
        {t('accounts.title')}
      </h1>
      <p className="page__lead">{t('accounts.summary')}</p>
      <AccountsTable labelledBy={titleId} />
      <section className="page__section">
        <h2 className="page__subtitle">{t('accounts.invite.title')}</h2>
        <p className="page__lead">{t('accounts.invite.lead')}</p>
        <InviteAccountForm />
      </section>
    </article>
  );
}

import { useTranslation } from 'react-i18next';

import { ChangePasswordForm } from '@/features/accounts/components/change-password-form';

/** The logged-in person's own account: for now, changing the password. */
export function AccountRoute() {
  const { t } = useTranslation();
  return (
    <article className="page page--narrow">
      <h1 className="page__title">{t('password.title')}</h1>
      <p className="page__lead">{t('password.lead')}</p>
      <ChangePasswordForm />
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';

import { homeOf, safeNext } from '@/app/roles';
import { useSession } from '@/features/accounts/api/get-session';
import { LoginForm } from '@/features/accounts/components/login-form';

/** The login page. Once logged in, whether just now or before, it sends the person on. */
export function LoginRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const account = useSession().data?.account;

  if (account) {
    return <Navigate to={safeNext(params.get('next')) ?? homeOf(account.role)} replace />;
  }
  return (
    <article className="page page--narrow">
      <h1 className="page__title">{t('login.title')}</h1>
      <p className="page__lead">{t('login.lead')}</p>
      <LoginForm />
    </article>
  );
}

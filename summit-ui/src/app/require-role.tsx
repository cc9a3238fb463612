import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { homeOf, loginPath } from '@/app/roles';
import { ErrorMessage } from '@/components/errors/error-message';
import type { AccountRole } from '@/types/api';

import { useSession } from '@/features/accounts/api/get-session';

interface RequireRoleProps {
  /** The roles that may see `children`; leave out to let any logged-in account in. */
  allowed?: readonly AccountRole[];
  children: ReactNode;
}

/**
 * Shows `children` only to an account allowed to use them, and tells everybody else why not.
 * This only spares people a page that would fail: the server refuses the requests anyway.
 */
export function RequireRole({ allowed, children }: RequireRoleProps) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const session = useSession();

  if (session.isPending) {
    return <p role="status">{t('access.checking')}</p>;
  }
  if (session.isError) {
    return (
      <ErrorMessage
        error={session.error}
        onRetry={() => {
          void session.refetch();
        }}
      />
    );
  }
  const account = session.data?.account;
  if (!account) {
    return (
      <article className="page" data-testid="login-required">
        <h1 className="page__title">{t('access.loginRequired.title')}</h1>
        <p className="page__lead">{t('access.loginRequired.text')}</p>
        <Link to={loginPath(pathname + search)} className="button">
          {t('access.loginRequired.action')}
        </Link>
      </article>
    );
  }
  if (allowed && !allowed.includes(account.role)) {
    return (
      <article className="page" data-testid="role-forbidden">
        <h1 className="page__title">{t('access.forbidden.title')}</h1>
        <p className="page__lead">
          {t('access.forbidden.text', { role: t(`account.roles.${account.role}`) })}
        </p>
        <Link to={homeOf(account.role)} className="button">
          {t('access.forbidden.action')}
        </Link>
      </article>
    );
  }
  return children;
}

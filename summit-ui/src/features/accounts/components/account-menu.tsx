import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useSession } from '@/features/accounts/api/get-session';
import { useLogOut } from '@/features/accounts/api/log-out';

interface AccountMenuProps {
  loginPath: string;
  /** Where the logged-in person changes their password. */
  accountPath: string;
  onLoggedOut: () => void;
}

/** The header's account area: who is logged in and a way out, or a way in. */
export function AccountMenu({ loginPath, accountPath, onLoggedOut }: AccountMenuProps) {
  const { t } = useTranslation();
  const session = useSession();
  const logOut = useLogOut();

  if (session.isPending) {
    return null;
  }
  const account = session.data?.account;
  if (!account) {
    return (
      <Link to={loginPath} className="account-menu__login" data-testid="login-link">
        {t('account.logIn')}
      </Link>
    );
  }
  return (
    <div className="account-menu" role="group" aria-label={t('account.label')}>
      <p className="account-menu__who">
        <span className="account-menu__name" data-testid="account-name">
          {account.displayName}
        </span>
        <span className="account-menu__role">{t(`account.roles.${account.role}`)}</span>
      </p>
      <Link to={accountPath} className="account-menu__link" data-testid="account-link">
        {t('account.changePassword')}
      </Link>
      <button
        type="button"
        className="account-menu__button"
        disabled={logOut.isPending}
        data-testid="logout"
        onClick={() => {
          logOut.mutate(undefined, { onSuccess: onLoggedOut });
        }}
      >
        {t('account.logOut')}
      </button>
      {logOut.isError && (
        <p className="account-menu__error" role="alert">
          {t('account.logOutFailed')}
        </p>
      )}
    </div>
  );
}

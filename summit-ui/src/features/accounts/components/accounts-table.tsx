import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { localize, useLanguage } from '@/lib/i18n';

import { useChangeDeactivation } from '@/features/accounts/api/deactivate-account';
import { useAccounts, type ManagedAccount } from '@/features/accounts/api/get-accounts';
import { useAttendingCities } from '@/features/accounts/api/get-attending-cities';
import { useSession } from '@/features/accounts/api/get-session';

/**
 * Every account with its role, city and whether it can log in; organisers deactivate the account of
 * someone who left (its sessions end at once) and reactivate it, but never their own.
 */
export function AccountsTable({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const session = useSession();
  const deactivation = useChangeDeactivation();
  const ownId = session.data?.account.id;
  // A delegate's city by its name in the reader's language; its code only while the list loads.
  const cities = useAttendingCities();
  const language = useLanguage();
  const cityName = (id: string) => {
    const city = cities.data?.find((attending) => attending.id === id);
    return city ? localize(city.name, language) : id;
  };

  if (accounts.isPending) {
    return <p role="status">{t('accounts.loading')}</p>;
  }
  if (accounts.isError) {
    return (
      <ErrorMessage
        error={accounts.error}
        onRetry={() => {
          void accounts.refetch();
        }}
      />
    );
  }
  if (accounts.data.length === 0) {
    return <p className="notice">{t('accounts.empty')}</p>;
  }
  const status = (account: ManagedAccount) => {
    if (account.deactivated) {
      return t('accounts.deactivated');
    }
    return account.active ? t('accounts.active') : t('accounts.inactive');
  };
  return (
    <div className="table-scroll">
      {deactivation.isError && <ErrorMessage error={deactivation.error} />}
      <table className="table" aria-labelledby={labelledBy} data-testid="accounts-table">
        <thead>
          <tr>
            <th scope="col">{t('accounts.columns.displayName')}</th>
            <th scope="col">{t('accounts.columns.email')}</th>
            <th scope="col">{t('accounts.columns.role')}</th>
            <th scope="col">{t('accounts.columns.city')}</th>
            <th scope="col">{t('accounts.columns.status')}</th>
            <th scope="col">{t('accounts.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.data.map((account) => (
            <tr key={account.id}>
              <th scope="row">{account.displayName}</th>
              <td className="table__nowrap">{account.email}</td>
              <td>{t(`account.roles.${account.role}`)}</td>
              <td>{account.cityId ? cityName(account.cityId) : t('accounts.noCity')}</td>
              <td data-testid="account-status">{status(account)}</td>
              <td>
                {account.id !== ownId && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={deactivation.isPending}
                    aria-label={t(
                      account.deactivated ? 'accounts.reactivateLabel' : 'accounts.deactivateLabel',
                      { name: account.displayName },
                    )}
                    onClick={() => {
                      deactivation.mutate({
                        accountId: account.id,
                        deactivate: !account.deactivated,
                      });
                    }}
                  >
                    {account.deactivated ? t('accounts.reactivate') : t('accounts.deactivate')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { localize, useLanguage } from '@/lib/i18n';

import { useAccounts } from '@/features/accounts/api/get-accounts';
import { useAttendingCities } from '@/features/accounts/api/get-attending-cities';

/** Every account with its role, city and whether it can log in. */
export function AccountsTable({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const accounts = useAccounts();
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
  return (
    <div className="table-scroll">
      <table className="table" aria-labelledby={labelledBy} data-testid="accounts-table">
        <thead>
          <tr>
            <th scope="col">{t('accounts.columns.displayName')}</th>
            <th scope="col">{t('accounts.columns.email')}</th>
            <th scope="col">{t('accounts.columns.role')}</th>
            <th scope="col">{t('accounts.columns.city')}</th>
            <th scope="col">{t('accounts.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.data.map((account) => (
            <tr key={account.id}>
              <th scope="row">{account.displayName}</th>
              <td className="table__nowrap">{account.email}</td>
              <td>{t(`account.roles.${account.role}`)}</td>
              <td>{account.cityId ? cityName(account.cityId) : t('accounts.noCity')}</td>
              <td>{account.active ? t('accounts.active') : t('accounts.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

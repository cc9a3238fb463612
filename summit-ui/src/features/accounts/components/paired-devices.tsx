import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { formatDateTime, localize, useLanguage } from '@/lib/i18n';

import { usePairedDevices } from '@/features/accounts/api/get-paired-devices';
import { useRevokeDevice } from '@/features/accounts/api/revoke-device';

/** The tablets and screens paired now; revoking one refuses its next request. */
export function PairedDevices({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const devices = usePairedDevices();
  const revoke = useRevokeDevice();

  if (devices.isPending) {
    return <p role="status">{t('devices.paired.loading')}</p>;
  }
  if (devices.isError) {
    return (
      <ErrorMessage
        error={devices.error}
        onRetry={() => {
          void devices.refetch();
        }}
      />
    );
  }
  // A failed revocation is explained whatever the list shows after it (the device may be gone).
  const refused = revoke.isError && <ErrorMessage error={revoke.error} />;
  if (devices.data.length === 0) {
    return (
      <>
        {refused}
        <p className="notice">{t('devices.paired.empty')}</p>
      </>
    );
  }
  return (
    <div className="table-scroll">
      {refused}
      <table className="table" aria-labelledby={labelledBy} data-testid="paired-devices">
        <thead>
          <tr>
            <th scope="col">{t('devices.paired.columns.kind')}</th>
            <th scope="col">{t('devices.paired.columns.signatory')}</th>
            <th scope="col">{t('devices.paired.columns.pairedAt')}</th>
            <th scope="col">{t('devices.paired.columns.expiresAt')}</th>
            <th scope="col">{t('devices.paired.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.data.map((device) => {
            const kind = t(`devices.kinds.${device.kind}`);
            const signatory = device.signatoryName
              ? localize(device.signatoryName, language)
              : (device.signatoryId ?? t('devices.paired.wholeCeremony'));
            return (
              <tr key={device.id}>
                <th scope="row">{kind}</th>
                <td>{signatory}</td>
                <td className="table__nowrap">
                  <time dateTime={device.pairedAt}>
                    {formatDateTime(device.pairedAt, language)}
                  </time>
                </td>
                <td className="table__nowrap">
                  <time dateTime={device.expiresAt}>
                    {formatDateTime(device.expiresAt, language)}
                  </time>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={revoke.isPending}
                    aria-label={t('devices.paired.revokeLabel', { kind, signatory })}
                    onClick={() => {
                      revoke.mutate(device.id);
                    }}
                  >
                    {t('devices.paired.revoke')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

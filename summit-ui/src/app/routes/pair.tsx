import { useTranslation } from 'react-i18next';

import { DevicePairing } from '@/features/accounts/components/device-pairing';

/** Where a signatory tablet or the big screen pairs itself, with a code; no login needed. */
export function PairRoute() {
  const { t } = useTranslation();
  return (
    <article className="page page--narrow">
      <h1 className="page__title">{t('devices.pair.title')}</h1>
      <p className="page__lead">{t('devices.pair.lead')}</p>
      <DevicePairing />
    </article>
  );
}

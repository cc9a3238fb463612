import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { DevicePairing } from '@/features/accounts/components/device-pairing';

/**
 * Where a signatory tablet or the big screen pairs itself, with a code; no login needed. The staff's
 * QR code opens it as `/pair?code=…`, which pairs at once; a paired device goes to its own page.
 */
export function PairRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <article className="page page--narrow">
      <h1 className="page__title">{t('devices.pair.title')}</h1>
      <p className="page__lead">{t('devices.pair.lead')}</p>
      <DevicePairing
        initialCode={search.get('code') ?? undefined}
        onPaired={(credential) => {
          void navigate(credential.kind === 'tablet' ? '/tablet' : '/screen', { replace: true });
        }}
      />
    </article>
  );
}

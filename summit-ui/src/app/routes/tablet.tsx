import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { readDeviceCredential } from '@/lib/device-credential';

import { SignaturePad } from '@/features/ceremony/components/signature-pad';

/**
 * The signatory tablet: no login, the device's pairing is its credential. A device not paired as
 * a tablet (or whose pairing expired) is sent to pair itself.
 */
export function TabletRoute() {
  const { t } = useTranslation();
  const [credential] = useState(() => readDeviceCredential());
  if (credential?.kind !== 'tablet' || !credential.signatoryId) {
    return (
      <article className="page page--narrow">
        <h1 className="page__title">{t('ceremony.tablet.title')}</h1>
        <p className="page__lead" data-testid="tablet-not-paired">
          {t('ceremony.tablet.notPaired')}
        </p>
        <Link className="button" to="/pair">
          {t('ceremony.tablet.pairLink')}
        </Link>
      </article>
    );
  }
  return (
    <article className="page page--device">
      <SignaturePad
        ceremonyId={credential.ceremonyId}
        signatoryId={credential.signatoryId}
        token={credential.token}
      />
    </article>
  );
}

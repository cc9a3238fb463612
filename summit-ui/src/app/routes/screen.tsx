import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { replayPath } from '@/app/roles';
import { readDeviceCredential } from '@/lib/device-credential';

import { BigScreen } from '@/features/ceremony/components/big-screen';

// The verification page (/verify/:ceremonyId) is another part of the ceremony's build; its path
// is written here until it has one in roles.ts.

/**
 * The big screen: no login, the device's pairing is its credential. A device not paired as a
 * screen (or whose pairing expired) is sent to pair itself.
 */
export function ScreenRoute() {
  const { t } = useTranslation();
  const [credential] = useState(() => readDeviceCredential());
  if (credential?.kind !== 'screen') {
    return (
      <article className="page page--narrow">
        <h1 className="page__title">{t('ceremony.screen.title')}</h1>
        <p className="page__lead" data-testid="screen-not-paired">
          {t('ceremony.screen.notPaired')}
        </p>
        <Link className="button" to="/pair">
          {t('ceremony.screen.pairLink')}
        </Link>
      </article>
    );
  }
  return (
    <article className="page page--device">
      <BigScreen
        ceremonyId={credential.ceremonyId}
        token={credential.token}
        verificationPath={`/verify/${encodeURIComponent(credential.ceremonyId)}`}
        replayPath={replayPath(credential.ceremonyId)}
      />
    </article>
  );
}

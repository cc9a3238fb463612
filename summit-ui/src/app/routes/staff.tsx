import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { RoleRoute } from '@/app/routes/role';
import { CeremonyConsole } from '@/features/ceremony/components/console';
import { SigningRoll } from '@/features/ceremony/components/signing-roll';
import { PairedDevices } from '@/features/accounts/components/paired-devices';
import { PairingForm } from '@/features/accounts/components/pairing-form';

/**
 * The ceremony staff's view: the console that runs the ceremony (with a pairing code per tablet
 * and screen), then the devices paired so far, which can be revoked, and the signing roll.
 */
export function StaffRoute() {
  const { t } = useTranslation();
  const headingId = useId();
  const devicesId = useId();
  return (
    <RoleRoute view="staff">
      <CeremonyConsole />
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="page__subtitle">
          {t('devices.pairing.title')}
        </h2>
        <p>{t('devices.pairing.lead')}</p>
        <PairingForm />
        <h3 id={devicesId} className="page__subtitle">
          {t('devices.paired.title')}
        </h3>
        <p>{t('devices.paired.lead')}</p>
        <PairedDevices labelledBy={devicesId} />
      </section>
      <SigningRoll />
    </RoleRoute>
  );
}

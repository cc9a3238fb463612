import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { RoleRoute } from '@/app/routes/role';
import { CeremonyConsole } from '@/features/ceremony/components/console';
import { SigningRoll } from '@/features/ceremony/components/signing-roll';
import { PairedDevices } from '@/features/accounts/components/paired-devices';

/**
 * The ceremony staff's view: the console that runs the ceremony (where each tablet and big screen
 * is paired, against the ceremony and its signatories), the devices paired so far, which can be
 * revoked, and the signing roll.
 */
export function StaffRoute() {
  const { t } = useTranslation();
  const devicesId = useId();
  return (
    <RoleRoute view="staff">
      <CeremonyConsole />
      <section aria-labelledby={devicesId}>
        <h2 id={devicesId} className="page__subtitle">
          {t('devices.paired.title')}
        </h2>
        <p>{t('devices.paired.lead')}</p>
        <PairedDevices labelledBy={devicesId} />
      </section>
      <SigningRoll />
    </RoleRoute>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { SelectField } from '@/components/ui/select-field';
import { useReveal } from '@/components/ui/use-reveal';
import type { DeviceKind } from '@/lib/device-credential';
import { formatDateTime, localize, useLanguage } from '@/lib/i18n';

import {
  useCreatePairing,
  type CreatedPairing,
  type PairingRequest,
} from '@/features/accounts/api/create-pairing';
import { usePairingTargets } from '@/features/accounts/api/get-pairing-targets';

const kinds: readonly DeviceKind[] = ['tablet', 'screen'];

/**
 * Issues a pairing code for a signatory tablet or the big screen, to be entered on the device: for
 * the ceremony of the current summit and, for a tablet, a signatory on its signing roll.
 */
export function PairingForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const targets = usePairingTargets();
  const pairing = useCreatePairing();
  const [kind, setKind] = useState<DeviceKind>('tablet');
  const [signatoryId, setSignatoryId] = useState('');
  const [checked, setChecked] = useState(false);
  const refused = useServerErrors(pairing.error);

  if (targets.isPending) {
    return <p role="status">{t('devices.pairing.loading')}</p>;
  }
  if (targets.isError) {
    return (
      <ErrorMessage
        error={targets.error}
        onRetry={() => {
          void targets.refetch();
        }}
      />
    );
  }
  if (targets.data === null) {
    return <p className="notice">{t('devices.pairing.noCeremony')}</p>;
  }
  const { ceremonyId, summitName, signatories } = targets.data;
  const needsSignatory = kind === 'tablet';
  const missingSignatory = checked && needsSignatory && signatoryId === '';

  return (
    <>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (needsSignatory && !signatoryId) {
            return;
          }
          const request: PairingRequest = {
            kind,
            ceremonyId,
            ...(needsSignatory ? { signatoryId } : {}),
          };
          pairing.mutate(request);
        }}
      >
        <ErrorSummary
          messages={[
            missingSignatory && t('devices.pairing.signatoryIdMissing'),
            ...refused.summary,
          ]}
        />
        {pairing.isError && !refused.any && <ErrorMessage error={pairing.error} />}
        <p data-testid="pairing-ceremony">
          {t('devices.pairing.ceremony', { summit: localize(summitName, language) })}
        </p>
        <SelectField
          label={t('devices.pairing.kind')}
          value={kind}
          options={kinds.map((option) => ({ value: option, label: t(`devices.kinds.${option}`) }))}
          error={refused.field('kind')}
          onChange={setKind}
          data-testid="pairing-kind"
        />
        {needsSignatory &&
          (signatories.length === 0 ? (
            <p className="notice">{t('devices.pairing.noSignatories')}</p>
          ) : (
            <SelectField
              label={t('devices.pairing.signatory')}
              value={signatoryId}
              required
              options={[
                { value: '', label: t('devices.pairing.signatoryChoose') },
                ...signatories.map((signatory) => ({
                  value: signatory.id,
                  label: t('devices.pairing.signatoryOption', {
                    name: localize(signatory.name, language),
                    city: localize(signatory.cityName, language),
                  }),
                })),
              ]}
              error={
                missingSignatory
                  ? t('devices.pairing.signatoryIdMissing')
                  : refused.field('signatoryId')
              }
              onChange={setSignatoryId}
              data-testid="pairing-signatory"
            />
          ))}
        <button
          type="submit"
          className="button"
          disabled={pairing.isPending || (needsSignatory && signatories.length === 0)}
          data-testid="pairing-submit"
        >
          {pairing.isPending ? t('devices.pairing.submitting') : t('devices.pairing.submit')}
        </button>
      </form>
      {pairing.isSuccess && <IssuedCode pairing={pairing.data} />}
    </>
  );
}

function IssuedCode({ pairing }: { pairing: CreatedPairing }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Issued below the form: brought into view and focused, so staff see (and hear) the code at once.
  const reveal = useReveal();
  return (
    <section
      ref={reveal}
      tabIndex={-1}
      className="panel"
      aria-live="polite"
      data-testid="pairing-issued"
    >
      <p className="pairing-code" data-testid="pairing-code">
        {pairing.code}
      </p>
      <p>{t('devices.pairing.expires', { date: formatDateTime(pairing.expiresAt, language) })}</p>
      <p>{t('devices.pairing.instruction', { path: '/pair' })}</p>
    </section>
  );
}

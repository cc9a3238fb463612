import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useReveal } from '@/components/ui/use-reveal';
import type { DeviceKind } from '@/lib/device-credential';
import { formatDateTime, useLanguage } from '@/lib/i18n';

import {
  useCreatePairing,
  type CreatedPairing,
  type PairingRequest,
} from '@/features/accounts/api/create-pairing';

const kinds: readonly DeviceKind[] = ['tablet', 'screen'];

/** Issues a pairing code for a signatory tablet or the big screen, to be entered on the device. */
export function PairingForm() {
  const { t } = useTranslation();
  const pairing = useCreatePairing();
  const [kind, setKind] = useState<DeviceKind>('tablet');
  const [ceremonyId, setCeremonyId] = useState('');
  const [signatoryId, setSignatoryId] = useState('');
  const [checked, setChecked] = useState(false);

  const needsSignatory = kind === 'tablet';
  const missing = {
    ceremonyId: checked && ceremonyId.trim() === '',
    signatoryId: checked && needsSignatory && signatoryId.trim() === '',
  };
  const refused = useServerErrors(pairing.error);

  return (
    <>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (!ceremonyId.trim() || (needsSignatory && !signatoryId.trim())) {
            return;
          }
          const request: PairingRequest = {
            kind,
            ceremonyId: ceremonyId.trim(),
            ...(needsSignatory ? { signatoryId: signatoryId.trim() } : {}),
          };
          pairing.mutate(request);
        }}
      >
        <ErrorSummary
          messages={[
            missing.ceremonyId && t('devices.pairing.ceremonyIdMissing'),
            missing.signatoryId && t('devices.pairing.signatoryIdMissing'),
            ...refused.summary,
          ]}
        />
        {pairing.isError && !refused.any && <ErrorMessage error={pairing.error} />}
        <SelectField
          label={t('devices.pairing.kind')}
          value={kind}
          options={kinds.map((option) => ({ value: option, label: t(`devices.kinds.${option}`) }))}
          error={refused.field('kind')}
          onChange={setKind}
          data-testid="pairing-kind"
        />
        <TextField
          label={t('devices.pairing.ceremonyId')}
          autoComplete="off"
          spellCheck={false}
          required
          value={ceremonyId}
          error={
            missing.ceremonyId
              ? t('devices.pairing.ceremonyIdMissing')
              : refused.field('ceremonyId')
          }
          onChange={(event) => {
            setCeremonyId(event.target.value);
          }}
          data-testid="pairing-ceremony"
        />
        {needsSignatory && (
          <TextField
            label={t('devices.pairing.signatoryId')}
            autoComplete="off"
            spellCheck={false}
            required
            value={signatoryId}
            error={
              missing.signatoryId
                ? t('devices.pairing.signatoryIdMissing')
                : refused.field('signatoryId')
            }
            onChange={(event) => {
              setSignatoryId(event.target.value);
            }}
            data-testid="pairing-signatory"
          />
        )}
        <button
          type="submit"
          className="button"
          disabled={pairing.isPending}
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

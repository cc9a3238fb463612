import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { TextField } from '@/components/ui/text-field';
import { hasStatus } from '@/lib/api-client';
import {
  clearDeviceCredential,
  readDeviceCredential,
  type DeviceCredential,
} from '@/lib/device-credential';
import { localize, useLanguage } from '@/lib/i18n';
import type { LocalizedText } from '@/types/api';

import { usePairDevice } from '@/features/accounts/api/pair-device';

interface DevicePairingProps {
  /** A code the device was handed in its link (the staff's QR code): filled in and sent at once. */
  initialCode?: string | undefined;
  /** Called once the device is paired, e.g. to go to the tablet's or the screen's page. */
  onPaired?: ((credential: DeviceCredential) => void) | undefined;
}

/** On a tablet or the big screen: enter the code from the ceremony staff, or see the pairing. */
export function DevicePairing({ initialCode, onPaired }: DevicePairingProps = {}) {
  const { t } = useTranslation();
  const pair = usePairDevice();
  const handed = initialCode?.trim() ?? '';
  // A code handed in the link pairs the device anew, whatever it was paired for before.
  const [credential, setCredential] = useState<DeviceCredential | null>(() =>
    handed ? null : readDeviceCredential(),
  );
  const [code, setCode] = useState(handed);
  const [checked, setChecked] = useState(false);
  const paired = (done: DeviceCredential) => {
    setCredential(done);
    onPaired?.(done);
  };

  // Sent once, even when effects run twice (React's strict mode): a code can be used only once.
  const sentHanded = useRef(false);
  useEffect(() => {
    if (handed && !sentHanded.current) {
      sentHanded.current = true;
      pair.mutate({ code: handed }, { onSuccess: paired });
    }
    // Only the code the page was opened with is sent by itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [handed]);

  if (credential) {
    return (
      <Paired
        credential={credential}
        onUnpair={() => {
          clearDeviceCredential();
          pair.reset();
          setCode('');
          setChecked(false);
          setCredential(null);
        }}
      />
    );
  }

  const missing = checked && code.trim() === '';
  const gone = hasStatus(pair.error, 410);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (!code.trim()) {
          return;
        }
        pair.mutate({ code: code.trim() }, { onSuccess: paired });
      }}
    >
      <ErrorSummary
        messages={[missing && t('devices.pair.codeMissing'), gone && t('devices.pair.unknown')]}
      />
      {pair.isError && !gone && <ErrorMessage error={pair.error} />}
      <TextField
        label={t('devices.pair.code')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        value={code}
        hint={t('devices.pair.codeHint')}
        error={missing ? t('devices.pair.codeMissing') : undefined}
        onChange={(event) => {
          setCode(event.target.value);
        }}
        data-testid="pair-code"
      />
      <button type="submit" className="button" disabled={pair.isPending} data-testid="pair-submit">
        {pair.isPending ? t('devices.pair.submitting') : t('devices.pair.submit')}
      </button>
    </form>
  );
}

function Paired({ credential, onUnpair }: { credential: DeviceCredential; onUnpair: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Names only: a ceremony that is gone, or a signatory no longer on the roll, is said in words.
  const name = (text: LocalizedText | null | undefined, unknown: string) =>
    text ? localize(text, language) : unknown;
  const ceremony = name(credential.ceremonyName, t('devices.pair.unknownCeremony'));
  const text =
    credential.kind === 'tablet'
      ? t('devices.pair.pairedTablet', {
          ceremony,
          signatory: name(credential.signatoryName, t('devices.pair.unknownSignatory')),
          city: name(credential.cityName, t('devices.pair.unknownCity')),
        })
      : t('devices.pair.pairedScreen', { ceremony });
  return (
    <section className="panel" aria-live="polite">
      <p data-testid="paired-device">{text}</p>
      <button type="button" className="button button--small" onClick={onUnpair}>
        {t('devices.pair.unpair')}
      </button>
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { BilingualText } from '@/components/ui/bilingual-text';
import { formatDateTime, useLanguage } from '@/lib/i18n';

import { useVerification, type Verification } from '@/features/ceremony/api/get-verification';
import { useVerifySealedPdf } from '@/features/ceremony/api/verify-sealed-pdf';

import '@/features/ceremony/components/console.css';

interface ZoneProps {
  /** The summit's IANA time zone, in which the seal's time is given first; the reader's follows. */
  summitTimeZone?: string | undefined;
}

/** The verification of one sealed ceremony, as anyone opening its verification link sees it. */
export function CeremonyVerification({
  ceremonyId,
  summitTimeZone,
}: { ceremonyId: string } & ZoneProps) {
  const { t } = useTranslation();
  const verification = useVerification(ceremonyId);
  if (verification.isPending) {
    return <p role="status">{t('ceremony.verify.checking')}</p>;
  }
  if (verification.isError) {
    return (
      <ErrorMessage
        error={verification.error}
        onRetry={() => {
          void verification.refetch();
        }}
      />
    );
  }
  return (
    <VerificationResult
      verification={verification.data}
      summitTimeZone={summitTimeZone}
      testId="verification-of-record"
    />
  );
}

/** Checks a copy of a sealed PDF: the file is sent as it is, and the server says what it found. */
export function PdfVerification({ summitTimeZone }: ZoneProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const verify = useVerifySealedPdf();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState(false);
  const missing = checked && file === null;
  return (
    <section aria-labelledby={headingId} className="page__section">
      <h2 id={headingId} className="page__subtitle">
        {t('ceremony.verify.upload.title')}
      </h2>
      <p>{t('ceremony.verify.upload.lead')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (file) {
            verify.mutate(file);
          }
        }}
      >
        <ErrorSummary messages={[missing && t('ceremony.verify.upload.missing')]} />
        <div className="field">
          <label className="field__label" htmlFor={`${headingId}-file`}>
            {t('ceremony.verify.upload.file')}
          </label>
          <input
            id={`${headingId}-file`}
            type="file"
            accept=".pdf,application/pdf"
            className="field__input field__input--file"
            aria-invalid={missing ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              verify.reset();
            }}
          />
        </div>
        <button type="submit" className="button" disabled={verify.isPending}>
          {verify.isPending
            ? t('ceremony.verify.upload.checking')
            : t('ceremony.verify.upload.submit')}
        </button>
      </form>
      {verify.isError && <ErrorMessage error={verify.error} />}
      {verify.isSuccess && (
        <VerificationResult
          verification={verify.data}
          summitTimeZone={summitTimeZone}
          testId="verification-of-file"
        />
      )}
    </section>
  );
}

type Check = 'recordIntact' | 'matchesSeal' | 'fileMatches';
type CheckLabel = Check | 'fileRecordIntact';

/** Valid or not, in large words, then what was checked and the seal's particulars. */
function VerificationResult({
  verification,
  summitTimeZone,
  testId,
}: { verification: Verification; testId: string } & ZoneProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // An uploaded file's record is the one it carries, not the one stored: the label says which.
  const uploaded = verification.fileMatches !== null;
  const checks: [Check, CheckLabel, boolean][] = [
    ['recordIntact', uploaded ? 'fileRecordIntact' : 'recordIntact', verification.recordIntact],
    ['matchesSeal', 'matchesSeal', verification.matchesSeal],
  ];
  if (verification.fileMatches !== null) {
    checks.push(['fileMatches', 'fileMatches', verification.fileMatches]);
  }
  const { sealedAt } = verification;
  return (
    <section
      className={
        verification.valid ? 'panel verification' : 'panel verification verification--invalid'
      }
      aria-live="polite"
      data-testid={testId}
    >
      <p
        className={
          verification.valid
            ? 'verification__verdict verification__verdict--valid'
            : 'verification__verdict verification__verdict--invalid'
        }
        data-testid="verification-verdict"
      >
        {verification.valid ? t('ceremony.verify.valid') : t('ceremony.verify.invalid')}
      </p>
      <p>
        {verification.valid ? t('ceremony.verify.validText') : t('ceremony.verify.invalidText')}
      </p>
      <dl className="facts">
        {verification.name && (
          <div>
            <dt>{t('ceremony.verify.ceremony')}</dt>
            <dd>
              <BilingualText text={verification.name} />
            </dd>
          </div>
        )}
        {sealedAt && (
          <div>
            <dt>{t('ceremony.verify.sealedAt')}</dt>
            <dd data-testid="verification-sealed-at">
              {summitTimeZone && (
                <>
                  <time dateTime={sealedAt}>
                    {t('ceremony.verify.inZone', {
                      time: formatDateTime(sealedAt, language, summitTimeZone),
                      zone: summitTimeZone,
                    })}
                  </time>
                  <br />
                </>
              )}
              <time dateTime={sealedAt}>
                {t('ceremony.verify.yourTime', { time: formatDateTime(sealedAt, language) })}
              </time>
            </dd>
          </div>
        )}
        {verification.fingerprint && (
          <div>
            <dt>{t('ceremony.verify.fingerprint')}</dt>
            <dd>
              <code className="fingerprint" data-testid="verification-fingerprint">
                {verification.fingerprint}
              </code>
            </dd>
          </div>
        )}
      </dl>
      <h3 className="page__subtitle">{t('ceremony.verify.checks.title')}</h3>
      <ul className="verification__checks" data-testid="verification-checks">
        {checks.map(([check, label, passed]) => (
          <li
            key={check}
            className={
              passed ? 'verification__check' : 'verification__check verification__check--failed'
            }
            data-testid={`verification-check-${check}`}
          >
            {t('ceremony.verify.checks.result', {
              check: t(`ceremony.verify.checks.${label}`),
              result: passed
                ? t('ceremony.verify.checks.passed')
                : t('ceremony.verify.checks.failed'),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

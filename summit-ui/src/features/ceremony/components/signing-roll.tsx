import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { BilingualText } from '@/components/ui/bilingual-text';

import { useSigningRoll, type SigningRollEntry } from '@/features/ceremony/api/get-signing-roll';

/**
 * The declaration's signing roll: the cities that sign, in signing order, each with its
 * signatory or a warning that it has none yet. Refreshed on its own, so staff follow the
 * organisers' designations.
 */
export function SigningRoll() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="signing-roll">
      <h2 id={headingId} className="page__subtitle">
        {t('ceremony.signingRoll.title')}
      </h2>
      <SigningRollContent labelledBy={headingId} />
    </section>
  );
}

function SigningRollContent({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const roll = useSigningRoll();

  if (roll.isPending) {
    return <p role="status">{t('ceremony.signingRoll.loading')}</p>;
  }
  if (roll.isLoadingError) {
    return (
      <ErrorMessage
        error={roll.error}
        onRetry={() => {
          void roll.refetch();
        }}
      />
    );
  }
  // A failed refresh keeps the roll last received on screen, under the explanation.
  const refreshError = roll.isRefetchError ? <ErrorMessage error={roll.error} /> : null;
  if (roll.data.length === 0) {
    return (
      <>
        {refreshError}
        <p className="notice" data-testid="signing-roll-empty">
          {t('ceremony.signingRoll.empty')}
        </p>
      </>
    );
  }

  const designated = roll.data.filter((entry) => entry.signatoryId !== null).length;
  return (
    <>
      {refreshError}
      <p className="signing-roll__summary" data-testid="signing-roll-summary">
        {t('ceremony.signingRoll.summary', {
          cities: t('ceremony.signingRoll.cities', { count: roll.data.length }),
          signatories: t('ceremony.signingRoll.signatories', { count: designated }),
        })}
      </p>
      <ol className="signing-roll" aria-labelledby={labelledBy}>
        {roll.data.map((entry) => (
          <SigningRollItem key={entry.cityId} entry={entry} />
        ))}
      </ol>
    </>
  );
}

function SigningRollItem({ entry }: { entry: SigningRollEntry }) {
  const { t } = useTranslation();
  const missing = entry.signatoryId === null;
  return (
    <li
      value={entry.position}
      className={
        missing ? 'signing-roll__entry signing-roll__entry--missing' : 'signing-roll__entry'
      }
      data-testid={`signing-roll-${entry.cityId}`}
    >
      <p className="signing-roll__position">
        {t('ceremony.signingRoll.position', { position: entry.position })}
      </p>
      <BilingualText text={entry.cityName} as="h3" className="signing-roll__city" />
      {missing ? (
        <p
          className="status status--warning signing-roll__missing"
          data-testid={`signing-roll-missing-${entry.cityId}`}
        >
          {t('ceremony.signingRoll.missing')}
        </p>
      ) : (
        <div
          className="signing-roll__signatory"
          data-testid={`signing-roll-signatory-${entry.cityId}`}
        >
          <p className="signing-roll__label">{t('ceremony.signingRoll.signatory')}</p>
          {entry.signatoryName && (
            <BilingualText text={entry.signatoryName} as="strong" className="signing-roll__name" />
          )}
          {entry.signatoryTitle && (
            <BilingualText text={entry.signatoryTitle} className="signing-roll__title" />
          )}
        </div>
      )}
    </li>
  );
}

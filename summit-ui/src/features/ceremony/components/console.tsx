import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { BilingualText } from '@/components/ui/bilingual-text';
import { hasStatus } from '@/lib/api-client';
import { formatDateTime, localize, useLanguage } from '@/lib/i18n';

import { useCallNextSignatory } from '@/features/ceremony/api/call-next-signatory';
import { useCreateDevicePairing } from '@/features/ceremony/api/create-device-pairing';
import {
  useCeremonyConsole,
  type ConsoleSignatory,
} from '@/features/ceremony/api/get-ceremony-console';
import {
  ceremonyPath,
  useCurrentCeremony,
  type CeremonyDetails,
  type CeremonySignatory,
  type CeremonySummary,
} from '@/features/ceremony/api/get-current-ceremony';
import { useVerification } from '@/features/ceremony/api/get-verification';
import { useMarkAbsent } from '@/features/ceremony/api/mark-absent';
import { useOpenSigning } from '@/features/ceremony/api/open-signing';
import { usePrepareCeremony } from '@/features/ceremony/api/prepare-ceremony';
import { useSealCeremony, type SealResult } from '@/features/ceremony/api/seal-ceremony';
import { PairingQr } from '@/features/ceremony/components/pairing-qr';

import '@/features/ceremony/components/console.css';

/** A signatory of the ceremony with how their tablet is linked now. */
type Row = CeremonySignatory & Pick<ConsoleSignatory, 'tablet' | 'signing'>;

/** What the console says of a signatory: their tablet's link until they sign, then how it ended. */
type ShownStatus = 'not-paired' | 'paired' | 'connected' | 'signing' | 'confirmed' | 'absent';

function shownStatus(signatory: Row): ShownStatus {
  if (signatory.status === 'confirmed' || signatory.status === 'absent') {
    return signatory.status;
  }
  if (signatory.signing) {
    return 'signing';
  }
  switch (signatory.tablet) {
    case 'connected':
      return 'connected';
    case 'paired':
      return 'paired';
    case 'none':
      return 'not-paired';
  }
}

const isDone = (signatory: { status: string }) =>
  signatory.status === 'confirmed' || signatory.status === 'absent';

/**
 * The staff's console of the current ceremony: its state in words, the steps that state allows
 * (make ready, open, call the next signatory, seal), and each signatory in signing order with
 * their tablet followed live, with pairing codes for tablets and big screens at hand.
 */
export function CeremonyConsole() {
  const { t } = useTranslation();
  const headingId = useId();
  const current = useCurrentCeremony();
  return (
    <section aria-labelledby={headingId} className="console" data-testid="ceremony-console">
      <h2 id={headingId} className="page__subtitle">
        {t('ceremony.console.title')}
      </h2>
      {current.isPending ? (
        <p role="status">{t('ceremony.console.loading')}</p>
      ) : current.isLoadingError ? (
        hasStatus(current.error, 404) ? (
          <p className="notice" data-testid="console-no-ceremony">
            {t('ceremony.console.none')}
          </p>
        ) : (
          <ErrorMessage
            error={current.error}
            onRetry={() => {
              void current.refetch();
            }}
          />
        )
      ) : (
        <ConsoleOf details={current.data} />
      )}
    </section>
  );
}

type PairingTarget = { kind: 'screen' } | { kind: 'tablet'; signatory: Row };

function ConsoleOf({ details }: { details: CeremonyDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const live = useCeremonyConsole(details.ceremony.id);
  // The console is asked for every second; until it answers, the ceremony's own list stands in.
  const ceremony = live.data?.ceremony ?? details.ceremony;
  const signatories: Row[] =
    live.data?.signatories.map(({ signatory, tablet, signing }) => ({
      ...signatory,
      tablet,
      signing,
    })) ??
    details.signatories.map((signatory) => ({
      ...signatory,
      tablet: signatory.tabletPaired ? 'paired' : 'none',
      signing: false,
    }));

  const prepare = usePrepareCeremony();
  const open = useOpenSigning();
  const call = useCallNextSignatory();
  const absent = useMarkAbsent();
  const seal = useSealCeremony();
  const pairing = useCreateDevicePairing();
  const steps = [prepare, open, call, absent, seal, pairing];
  const [pairingFor, setPairingFor] = useState<PairingTarget | null>(null);
  const [absentFor, setAbsentFor] = useState<Row | null>(null);
  const [sealAsked, setSealAsked] = useState(false);
  const waitingHintId = useId();

  /** Runs one step, forgetting how the others went, so only the last refusal is explained. */
  const step = (run: () => void) => {
    for (const mutation of steps) {
      mutation.reset();
    }
    run();
  };
  const failed = steps.find((mutation) => mutation.isError)?.error;
  // A pairing refused field by field (an unknown signatory, a sealed ceremony) says which, and why.
  const refused = useServerErrors(failed);

  const pair = (target: PairingTarget) => {
    step(() => {
      setPairingFor(target);
      pairing.mutate({
        kind: target.kind,
        ceremonyId: ceremony.id,
        ...(target.kind === 'tablet' ? { signatoryId: target.signatory.signatoryId } : {}),
      });
    });
  };
  const who = (signatory: Row) =>
    t('ceremony.console.who', {
      name: localize(signatory.name, language),
      city: localize(signatory.cityName, language),
    });

  const waiting = signatories.filter((signatory) => !isDone(signatory));
  const nobodyToCall = !signatories.some((signatory) => signatory.status === 'waiting');
  // Signatories are fixed when the ceremony is made ready: only then can a tablet be paired for one.
  const fixed = ceremony.state === 'ready' || ceremony.state === 'open';

  return (
    <>
      <header className="console__header">
        <BilingualText text={ceremony.name} as="h3" className="console__name" />
        <p className="console__state" data-testid="console-state">
          {t('ceremony.console.state', { state: t(`ceremony.console.states.${ceremony.state}`) })}
        </p>
        <p>{t(`ceremony.console.explain.${ceremony.state}`)}</p>
        {ceremony.state === 'open' && ceremony.signingMode && (
          <p data-testid="console-mode">{t(`ceremony.console.modes.${ceremony.signingMode}`)}</p>
        )}
        {ceremony.textFingerprint && ceremony.state !== 'draft' && (
          <p data-testid="console-text-fingerprint">
            {t('ceremony.console.textFingerprint')}{' '}
            <code className="fingerprint">{ceremony.textFingerprint}</code>
          </p>
        )}
      </header>

      {failed &&
        (refused.any ? (
          <ErrorSummary messages={refused.summary} />
        ) : (
          <ErrorMessage error={failed} />
        ))}

      <div className="button-row console__steps" data-testid="console-steps">
        {ceremony.state === 'draft' && (
          <button
            type="button"
            className="button"
            disabled={prepare.isPending}
            onClick={() => {
              step(() => {
                prepare.mutate(ceremony.id);
              });
            }}
          >
            {prepare.isPending ? t('ceremony.console.preparing') : t('ceremony.console.prepare')}
          </button>
        )}
        {ceremony.state === 'ready' && (
          <>
            <button
              type="button"
              className="button"
              disabled={open.isPending}
              onClick={() => {
                step(() => {
                  open.mutate({ ceremonyId: ceremony.id, mode: 'everyone' });
                });
              }}
            >
              {t('ceremony.console.openEveryone')}
            </button>
            <button
              type="button"
              className="button"
              disabled={open.isPending}
              onClick={() => {
                step(() => {
                  open.mutate({ ceremonyId: ceremony.id, mode: 'one-by-one' });
                });
              }}
            >
              {t('ceremony.console.openOneByOne')}
            </button>
          </>
        )}
        {ceremony.state === 'open' && ceremony.signingMode === 'one-by-one' && (
          <button
            type="button"
            className="button"
            disabled={call.isPending || nobodyToCall}
            onClick={() => {
              step(() => {
                call.mutate(ceremony.id);
              });
            }}
          >
            {t('ceremony.console.callNext')}
          </button>
        )}
        {ceremony.state === 'open' && (
          <button
            type="button"
            className="button"
            disabled={seal.isPending || waiting.length > 0}
            aria-describedby={waiting.length > 0 ? waitingHintId : undefined}
            onClick={() => {
              setSealAsked(true);
            }}
          >
            {seal.isPending ? t('ceremony.console.sealing') : t('ceremony.console.seal')}
          </button>
        )}
      </div>
      {ceremony.state === 'open' && waiting.length > 0 && (
        <p id={waitingHintId} className="field__hint" data-testid="console-seal-waiting">
          {t('ceremony.console.sealWaiting', { count: waiting.length })}
        </p>
      )}
      {ceremony.state === 'draft' && (
        <p className="field__hint">{t('ceremony.console.prepareHint')}</p>
      )}

      {ceremony.state === 'sealed' && (
        <SealedSummary ceremony={ceremony} result={seal.data ?? null} />
      )}

      {sealAsked && ceremony.state === 'open' && (
        <ConfirmDialog
          question={t('ceremony.console.sealDialog.question')}
          detail={t('ceremony.console.sealDialog.detail')}
          confirmLabel={t('ceremony.console.sealDialog.confirm')}
          cancelLabel={t('ceremony.console.sealDialog.cancel')}
          pending={seal.isPending}
          onConfirm={() => {
            setSealAsked(false);
            step(() => {
              seal.mutate(ceremony.id);
            });
          }}
          onCancel={() => {
            setSealAsked(false);
          }}
        />
      )}

      {absentFor && (
        <ConfirmDialog
          question={t('ceremony.console.absence.question', { who: who(absentFor) })}
          detail={t('ceremony.console.absence.detail')}
          confirmLabel={t('ceremony.console.absence.confirm')}
          cancelLabel={t('ceremony.console.absence.cancel')}
          pending={absent.isPending}
          onConfirm={() => {
            const { signatoryId } = absentFor;
            setAbsentFor(null);
            step(() => {
              absent.mutate({ ceremonyId: ceremony.id, signatoryId });
            });
          }}
          onCancel={() => {
            setAbsentFor(null);
          }}
        />
      )}

      {pairingFor && pairing.isSuccess && (
        <PairingQr
          code={pairing.data.code}
          expiresAt={pairing.data.expiresAt}
          target={
            pairingFor.kind === 'tablet'
              ? t('ceremony.console.pairing.tabletOf', { who: who(pairingFor.signatory) })
              : t('ceremony.console.pairing.screen')
          }
          onClose={() => {
            setPairingFor(null);
            pairing.reset();
          }}
        />
      )}

      {live.isRefetchError && <ErrorMessage error={live.error} />}

      <div className="table-scroll">
        <table className="table console__signatories" data-testid="console-signatories">
          <caption className="console__caption">{t('ceremony.console.signatories')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ceremony.console.columns.position')}</th>
              <th scope="col">{t('ceremony.console.columns.city')}</th>
              <th scope="col">{t('ceremony.console.columns.signatory')}</th>
              <th scope="col">{t('ceremony.console.columns.status')}</th>
              <th scope="col">{t('ceremony.console.columns.tablet')}</th>
              <th scope="col">{t('ceremony.console.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {signatories.map((signatory) => {
              const status = shownStatus(signatory);
              return (
                <tr key={signatory.signatoryId} data-testid={`console-row-${signatory.cityId}`}>
                  <td>{signatory.position}</td>
                  <th scope="row">
                    <BilingualText text={signatory.cityName} />
                  </th>
                  <td>
                    <BilingualText text={signatory.name} />
                    {signatory.title && (
                      <BilingualText text={signatory.title} className="console__title" />
                    )}
                  </td>
                  <td>
                    <span
                      className={`console__status console__status--${status}`}
                      data-testid={`console-status-${signatory.cityId}`}
                    >
                      {t(`ceremony.console.statuses.${status}`)}
                    </span>
                    {signatory.status === 'called' && ceremony.signingMode === 'one-by-one' && (
                      <span className="tag">{t('ceremony.console.called')}</span>
                    )}
                  </td>
                  <td data-testid={`console-tablet-${signatory.cityId}`}>
                    {t(`ceremony.console.tablet.${signatory.tablet}`)}
                  </td>
                  <td>
                    <div className="button-row button-row--tight">
                      {fixed && !isDone(signatory) && (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          disabled={pairing.isPending}
                          aria-label={t('ceremony.console.pairTabletFor', {
                            who: who(signatory),
                          })}
                          onClick={() => {
                            pair({ kind: 'tablet', signatory });
                          }}
                        >
                          {t('ceremony.console.pairTablet')}
                        </button>
                      )}
                      {fixed && !isDone(signatory) && (
                        <button
                          type="button"
                          className="button button--small button--danger"
                          disabled={absent.isPending}
                          aria-label={t('ceremony.console.markAbsentFor', {
                            who: who(signatory),
                          })}
                          onClick={() => {
                            setAbsentFor(signatory);
                          }}
                        >
                          {t('ceremony.console.markAbsent')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="console__screens">
        <p data-testid="console-screens">
          {live.data
            ? t('ceremony.console.screens', {
                paired: live.data.screens.paired,
                connected: live.data.screens.connected,
              })
            : t('ceremony.console.screensUnknown')}
        </p>
        {ceremony.state !== 'sealed' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={pairing.isPending}
            onClick={() => {
              pair({ kind: 'screen' });
            }}
          >
            {t('ceremony.console.pairScreen')}
          </button>
        )}
      </div>
    </>
  );
}

/**
 * Asks before a step that cannot be undone (marking a signatory absent, sealing), with the
 * confirming button focused so that staff read the question before anything else.
 */
function ConfirmDialog({
  question,
  detail,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  question: string;
  detail: string;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const questionId = useId();
  const detailId = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirm.current?.focus();
  }, []);
  return (
    <div
      className="confirm console__dialog"
      role="alertdialog"
      aria-labelledby={questionId}
      aria-describedby={detailId}
    >
      <p id={questionId} className="confirm__question">
        {question}
      </p>
      <p id={detailId}>{detail}</p>
      <div className="button-row">
        <button
          ref={confirm}
          type="button"
          className="button button--small button--danger"
          disabled={pending}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}

/** The seal of a sealed ceremony: its fingerprint and time, and where to see and check it. */
function SealedSummary({
  ceremony,
  result,
}: {
  ceremony: CeremonySummary;
  result: SealResult | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Sealed earlier (the page reloaded): the verification has the seal's fingerprint.
  const verification = useVerification(ceremony.id);
  const fingerprint = result?.fingerprint ?? verification.data?.fingerprint ?? null;
  const sealedAt = result?.sealedAt ?? ceremony.sealedAt;
  const id = encodeURIComponent(ceremony.id);
  return (
    <section className="panel console__sealed" aria-live="polite" data-testid="console-sealed">
      <p>
        {sealedAt && t('ceremony.console.sealedAt', { date: formatDateTime(sealedAt, language) })}
      </p>
      <p data-testid="console-seal-fingerprint">
        {t('ceremony.console.sealFingerprint')}{' '}
        <code className="fingerprint">{fingerprint ?? '…'}</code>
      </p>
      <ul className="console__links">
        <li>
          <a href={ceremonyPath(ceremony.id, '/sealed.pdf')} className="button button--secondary">
            {t('ceremony.console.links.pdf')}
          </a>
        </li>
        <li>
          <Link to={`/verify/${id}`} className="button button--secondary">
            {t('ceremony.console.links.verify')}
          </Link>
        </li>
        <li>
          <Link to={`/replay/${id}`} className="button button--secondary">
            {t('ceremony.console.links.replay')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

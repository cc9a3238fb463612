import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { isThisComputer } from '@/lib/choices';
import { formatDateTime, localize, useLanguage } from '@/lib/i18n';
import type { LocalizedText } from '@/types/api';

import {
  knownAuditActions,
  useAuditLog,
  type AuditEntry,
  type KnownAuditAction,
} from '@/features/accounts/api/get-audit-log';

const isKnown = (action: string): action is KnownAuditAction =>
  (knownAuditActions as readonly string[]).includes(action);

const outcomes = ['ok', 'refused', 'wrong-credentials'] as const;
type Outcome = (typeof outcomes)[number];
const isOutcome = (value: string): value is Outcome =>
  (outcomes as readonly string[]).includes(value);

const roles = ['organiser', 'delegate', 'staff'] as const;
const deviceKinds = ['tablet', 'screen'] as const;

interface AuditLogTableProps {
  labelledBy: string;
  /** The summit's time zone (IANA), which times can be shown in instead of the viewer's. */
  summitTimeZone?: string | undefined;
}

/**
 * The latest security events, newest first: every action, outcome and detail in the interface's
 * language, times in the viewer's zone or the summit's.
 */
export function AuditLogTable({ labelledBy, summitTimeZone }: AuditLogTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const audit = useAuditLog();
  const zoneId = useId();
  // Until the viewer chooses, times are in the summit's zone once it is known.
  const [chosen, setInSummitZone] = useState<boolean | null>(null);
  const inSummitZone = chosen ?? summitTimeZone !== undefined;
  const timeZone = inSummitZone ? summitTimeZone : undefined;

  if (audit.isPending) {
    return <p role="status">{t('audit.loading')}</p>;
  }
  if (audit.isError) {
    return (
      <ErrorMessage
        error={audit.error}
        onRetry={() => {
          void audit.refetch();
        }}
      />
    );
  }
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          disabled={audit.isFetching}
          onClick={() => {
            void audit.refetch();
          }}
        >
          {t('audit.refresh')}
        </button>
        {summitTimeZone && (
          <label className="checkbox" htmlFor={zoneId}>
            <input
              id={zoneId}
              type="checkbox"
              checked={inSummitZone}
              onChange={(event) => {
                setInSummitZone(event.target.checked);
              }}
              data-testid="audit-summit-zone"
            />{' '}
            {t('audit.inSummitZone', { zone: summitTimeZone })}
          </label>
        )}
      </div>
      {audit.data.length === 0 ? (
        <p className="notice">{t('audit.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-labelledby={labelledBy} data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.columns.at')}</th>
                <th scope="col">{t('audit.columns.actor')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
                <th scope="col">{t('audit.columns.subject')}</th>
                <th scope="col">{t('audit.columns.clientAddress')}</th>
                <th scope="col">{t('audit.columns.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.map((entry, index) => (
                // Two entries can share every field (two failed logins in the same instant).
                <tr key={`${entry.at}-${index}`} data-testid="audit-entry">
                  <td className="table__nowrap">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, language, timeZone)}</time>
                  </td>
                  <td>{entry.actor ?? t('audit.nobody')}</td>
                  <td>
                    {isKnown(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}
                  </td>
                  <td>
                    <AuditSubject entry={entry} />
                  </td>
                  <td className="table__nowrap">
                    {entry.clientAddress && isThisComputer(entry.clientAddress)
                      ? t('audit.thisComputer')
                      : entry.clientAddress}
                  </td>
                  <td>
                    {isOutcome(entry.outcome)
                      ? t(`audit.outcomes.${entry.outcome}`)
                      : entry.outcome}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** What an entry concerned, with its details written as a sentence in the reader's language. */
function AuditSubject({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = (name: string): string => {
    const value = entry.details[name];
    if (typeof value === 'object' && value !== null && ('en' in value || 'zh-Hant' in value)) {
      return localize(value as LocalizedText, language);
    }
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const role = (name: string): string => {
    const code = text(name);
    return (roles as readonly string[]).includes(code)
      ? t(`account.roles.${code as (typeof roles)[number]}`)
      : code;
  };
  const kind = (): string => {
    const code = text('kind');
    return (deviceKinds as readonly string[]).includes(code)
      ? t(`devices.kinds.${code as (typeof deviceKinds)[number]}`)
      : code;
  };
  let details: string | null = null;
  switch (entry.action) {
    case 'ROLE_CHANGED':
      details = t('audit.details.roleChanged', { from: role('from'), to: role('to') });
      break;
    case 'INVITATION_CREATED':
      details = t('audit.details.invitationCreated', { role: role('role') });
      break;
    case 'CITY_WITHDRAWN':
      details = text('city') || null;
      break;
    case 'CITIES_IMPORTED':
      details = t('audit.details.citiesImported', {
        rows: text('rows'),
        citiesRegistered: text('citiesRegistered'),
        delegatesAdded: text('delegatesAdded'),
        delegatesUpdated: text('delegatesUpdated'),
      });
      break;
    case 'LOGIN_THROTTLED':
    case 'PASSWORD_CHANGE_THROTTLED':
    case 'DEVICE_PAIRING_THROTTLED':
      // One entry per address, subject and window, counting the attempts refused in it.
      details =
        typeof entry.details.count === 'number'
          ? t('audit.details.refused', { count: entry.details.count })
          : null;
      break;
    case 'AGENDA_PUBLISHED':
      details = t('audit.details.agendaPublished', {
        release: text('release'),
        sessions: text('sessions'),
        changes: text('changes'),
      });
      break;
    case 'DEVICE_PAIRING_ISSUED':
    case 'DEVICE_PAIRED':
    case 'DEVICE_REVOKED':
      details = t('audit.details.device', { kind: kind() });
      break;
    case 'DECLARATION_DRAFTED':
      details = t('audit.details.declarationDrafted', { version: text('version') });
      break;
    case 'CEREMONY_PREPARED':
      details = t('audit.details.fingerprint', { fingerprint: text('textFingerprint') });
      break;
    case 'DECLARATION_SEALED':
      details = t('audit.details.fingerprint', { fingerprint: text('fingerprint') });
      break;
    case 'CEREMONY_OPENED':
      details =
        text('mode') === 'one-by-one'
          ? t('audit.details.openedOneByOne')
          : t('audit.details.openedForEveryone');
      break;
    case 'SIGNATORY_CALLED':
    case 'SIGNATORY_MARKED_ABSENT':
    case 'SIGNATURE_CONFIRMED':
      details = t('audit.details.signatory', { name: text('name'), city: text('city') });
      break;
  }
  return (
    <>
      {entry.subject}
      {details && (
        <>
          {entry.subject && <br />}
          <span className="muted">{details}</span>
        </>
      )}
    </>
  );
}

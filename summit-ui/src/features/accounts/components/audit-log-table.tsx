import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { formatDateTime, useLanguage } from '@/lib/i18n';

import { knownAuditActions, useAuditLog } from '@/features/accounts/api/get-audit-log';

const isKnown = (action: string): action is (typeof knownAuditActions)[number] =>
  (knownAuditActions as readonly string[]).includes(action);

/** The latest security events, newest first, with times in the interface's language. */
export function AuditLogTable({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const audit = useAuditLog();

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
                <tr key={`${entry.at}-${index}`}>
                  <td className="table__nowrap">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  </td>
                  <td>{entry.actor ?? t('audit.nobody')}</td>
                  <td>
                    {isKnown(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}
                  </td>
                  <td>{entry.subject}</td>
                  <td className="table__nowrap">{entry.clientAddress}</td>
                  <td>{entry.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { homeOf } from '@/app/roles';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { AuditLogTable } from '@/features/accounts/components/audit-log-table';
import { auditLimit } from '@/features/accounts/api/get-audit-log';

/** The latest security events: logins, logouts, password changes, invitations. */
export function OrganiserAuditRoute() {
  const { t } = useTranslation();
  const titleId = useId();
  const summit = useCurrentSummit();
  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to={homeOf('organiser')}>{t('organiser.back')}</Link>
      </p>
      <h1 id={titleId} className="page__title">
        {t('audit.title')}
      </h1>
      <p className="page__lead">{t('audit.lead', { limit: auditLimit })}</p>
      <AuditLogTable labelledBy={titleId} summitTimeZone={summit.data?.timeZone} />
    </article>
  );
}

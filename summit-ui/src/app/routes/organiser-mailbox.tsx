import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { homeOf } from '@/app/roles';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { Mailbox } from '@/features/notifications/components/mailbox';

/** The organisers' mailbox: every e-mail Summit wrote, in the summit's time zone. */
export function OrganiserMailboxRoute() {
  const { t } = useTranslation();
  const summit = useCurrentSummit();
  return (
    <article className="page page--wide">
      <p className="breadcrumb">
        <Link to={homeOf('organiser')}>{t('organiser.back')}</Link>
      </p>
      <h1 className="page__title">{t('mailbox.title')}</h1>
      <p className="page__lead">{t('mailbox.lead')}</p>
      <Mailbox timeZone={summit.data?.timeZone} />
    </article>
  );
}

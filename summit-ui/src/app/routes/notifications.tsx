import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/app/roles';
import { useCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { NotificationList } from '@/features/notifications/components/notification-list';

/** Everyone's notifications, with the way to their preferences; times in the summit's zone. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  const summit = useCurrentSummit();
  return (
    <article className="page">
      <h1 className="page__title">{t('notifications.title')}</h1>
      <p className="page__lead">{t('notifications.lead')}</p>
      <p>
        <Link to={paths.notificationPreferences} data-testid="notifications-preferences-link">
          {t('notifications.preferencesLink')}
        </Link>
      </p>
      <NotificationList timeZone={summit.data?.timeZone} />
    </article>
  );
}

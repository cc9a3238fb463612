import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/app/roles';
import { NoticePreferencesSection } from '@/features/notifications/components/notice-preferences-form';

/** What the logged-in person is notified of, on which channel, when and in which language. */
export function NotificationPreferencesRoute() {
  const { t } = useTranslation();
  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to={paths.notifications}>{t('notifications.back')}</Link>
      </p>
      <h1 className="page__title">{t('notifications.preferences.title')}</h1>
      <p className="page__lead">{t('notifications.preferences.lead')}</p>
      <NoticePreferencesSection />
    </article>
  );
}

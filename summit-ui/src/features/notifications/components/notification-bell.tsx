import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useUnreadCount } from '@/features/notifications/api/get-notifications';
import { useLiveNotifications } from '@/features/notifications/api/follow-notifications';

import '@/features/notifications/components/notifications.css';

interface NotificationBellProps {
  /** The page that lists the notifications. */
  path: string;
}

/**
 * The header's bell, for everyone logged in: how many of their notifications are unread, kept up
 * to date live, and the way to the list. A count that cannot be read shows as none, rather than
 * as an error in the header.
 */
export function NotificationBell({ path }: NotificationBellProps) {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  useLiveNotifications(true);
  const count = unread.data ?? 0;
  return (
    <Link
      to={path}
      className={count > 0 ? 'notification-bell notification-bell--unread' : 'notification-bell'}
      aria-label={t('notifications.bell.label', { count })}
      title={t('notifications.bell.label', { count })}
      data-testid="notifications-bell"
      data-unread={count}
    >
      <svg
        className="notification-bell__icon"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        aria-hidden="true"
        focusable="false"
      >
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className="notification-bell__count" data-testid="notifications-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}

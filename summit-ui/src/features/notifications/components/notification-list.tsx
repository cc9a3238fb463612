import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ErrorMessage } from '@/components/errors/error-message';
import { formatDateTime, localize, useLanguage } from '@/lib/i18n';

import {
  noticePageSize,
  useNotifications,
  type Notice,
} from '@/features/notifications/api/get-notifications';
import { useMarkAllRead } from '@/features/notifications/api/mark-all-read';
import { useMarkNoticeRead } from '@/features/notifications/api/mark-notice-read';
import { appPath } from '@/features/notifications/utils/kinds';

import '@/features/notifications/components/notifications.css';

interface NotificationListProps {
  /** The summit's time zone (IANA), which times are shown in; the viewer's own until it is known. */
  timeZone?: string | undefined;
}

/**
 * My notifications, newest first, in the interface's language: unread ones marked; opening one
 * marks it read and goes to the page it is about; all can be marked read at once.
 */
export function NotificationList({ timeZone }: NotificationListProps) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(noticePageSize);
  const notifications = useNotifications(limit);
  const markAll = useMarkAllRead();

  if (notifications.isPending) {
    return <p role="status">{t('notifications.loading')}</p>;
  }
  if (notifications.isError) {
    return (
      <ErrorMessage
        error={notifications.error}
        onRetry={() => {
          void notifications.refetch();
        }}
      />
    );
  }
  const { notices, unread, total } = notifications.data;
  return (
    <section className="notifications" aria-label={t('notifications.title')}>
      <div className="button-row notifications__bar">
        <p className="notifications__unread" data-testid="notifications-unread" aria-live="polite">
          {t('notifications.unreadCount', { count: unread })}
        </p>
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={unread === 0 || markAll.isPending}
          onClick={() => {
            markAll.mutate();
          }}
          data-testid="notifications-mark-all"
        >
          {t('notifications.markAllRead')}
        </button>
      </div>
      {markAll.isError && <ErrorMessage error={markAll.error} />}
      {timeZone && <p className="field__hint">{t('notifications.zoneNote', { zone: timeZone })}</p>}
      {notices.length === 0 ? (
        <p className="notice" data-testid="notifications-empty">
          {t('notifications.empty')}
        </p>
      ) : (
        <ol className="notifications__list" data-testid="notifications-list">
          {notices.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} timeZone={timeZone} />
          ))}
        </ol>
      )}
      {total > notices.length && (
        <div className="button-row">
          <p className="field__hint">
            {t('notifications.showing', { shown: notices.length, total })}
          </p>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={notifications.isFetching}
            onClick={() => {
              setLimit((current) => Math.min(current + noticePageSize, 100));
            }}
            data-testid="notifications-more"
          >
            {t('notifications.showMore')}
          </button>
        </div>
      )}
    </section>
  );
}

function NoticeItem({ notice, timeZone }: { notice: Notice; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const markRead = useMarkNoticeRead();
  const link = appPath(notice.link);

  const open = () => {
    const go = () => {
      if (link) void navigate(link);
    };
    if (notice.read) {
      go();
      return;
    }
    markRead.mutate(notice.id, { onSuccess: go });
  };

  return (
    <li
      className={notice.read ? 'notice-item' : 'notice-item notice-item--unread'}
      data-testid={`notice-${notice.id}`}
      data-read={notice.read}
    >
      <button
        type="button"
        className="notice-item__open"
        onClick={open}
        disabled={markRead.isPending}
        data-testid={`notice-open-${notice.id}`}
      >
        <span className="notice-item__head">
          {!notice.read && <span className="notice-item__unread">{t('notifications.unread')}</span>}
          <span className="notice-item__kind">{t(`notifications.kinds.${notice.kind}`)}</span>
          <time className="notice-item__time" dateTime={notice.createdAt}>
            {formatDateTime(notice.createdAt, language, timeZone)}
          </time>
        </span>
        <span className="notice-item__title">{localize(notice.title, language)}</span>
        <span className="notice-item__body">{localize(notice.body, language)}</span>
        {link && <span className="notice-item__link">{t('notifications.open')}</span>}
      </button>
      {markRead.isError && <ErrorMessage error={markRead.error} />}
    </li>
  );
}

import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface SessionStarProps {
  sessionId: string;
  title: string;
  on: boolean;
  onBookmark: (sessionId: string, on: boolean) => void;
}

/** The bookmark of one session: a toggle button, pressed while the session is bookmarked. */
export const SessionStar = memo(function SessionStar({
  sessionId,
  title,
  on,
  onBookmark,
}: SessionStarProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`session-star${on ? ' session-star--on' : ''}`}
      aria-pressed={on}
      aria-label={t('agenda.bookmark', { title })}
      title={t(on ? 'agenda.bookmarked' : 'agenda.bookmarkHint')}
      data-testid="session-bookmark"
      onClick={() => {
        onBookmark(sessionId, !on);
      }}
    >
      <span aria-hidden="true">{on ? '★' : '☆'}</span>
    </button>
  );
});

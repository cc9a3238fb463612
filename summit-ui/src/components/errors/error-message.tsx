import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-client';

interface ErrorMessageProps {
  error: Error;
  onRetry?: () => void;
}

/**
 * A failed request explained to a person: the server's own explanation (the problem's `detail`)
 * when it sent one, otherwise what went wrong in the interface's language.
 */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <p className="error-message__title">{t('errors.title')}</p>
      <p className="error-message__detail">{explain(error)}</p>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );

  function explain(failure: Error): string {
    if (!(failure instanceof ApiError)) {
      return t('errors.unreadable');
    }
    const detail = failure.problem?.detail?.trim();
    if (detail) {
      return detail;
    }
    switch (failure.kind) {
      case 'network':
        return t('errors.network');
      case 'unreadable':
        return t('errors.unreadable');
      case 'http':
        return t('errors.http', { status: failure.status ?? 0 });
    }
  }
}

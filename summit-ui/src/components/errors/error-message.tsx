import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-client';
import { useProblemText } from '@/lib/problem-text';

interface ErrorMessageProps {
  error: Error;
  onRetry?: () => void;
}

/**
 * A failed request explained to a person in the interface's language: the text for the problem's
 * code when the server sent one, otherwise what went wrong on the way.
 */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  const explainProblem = useProblemText();
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
    const problem = failure.problem;
    if (problem?.code) {
      return explainProblem({ code: problem.code, args: problem.args }, problem.detail);
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

import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <article className="page">
      <h1 className="page__title">{t('notFound.title')}</h1>
      <p className="page__lead">{t('notFound.text', { path: pathname })}</p>
      <Link to="/" className="button">
        {t('notFound.back')}
      </Link>
    </article>
  );
}

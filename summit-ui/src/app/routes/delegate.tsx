import { useTranslation } from 'react-i18next';

import { MyAgenda } from '@/features/agenda/components/my-agenda';

/** A delegate's home: my agenda, and subscribing to it in a calendar app. */
export function DelegateRoute() {
  const { t } = useTranslation();
  return (
    <article className="page">
      <h1 className="page__title">{t('roles.delegate.name')}</h1>
      <p className="page__lead">{t('roles.delegate.summary')}</p>
      <MyAgenda />
    </article>
  );
}

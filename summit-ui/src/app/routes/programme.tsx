import { useTranslation } from 'react-i18next';

import { Programme } from '@/features/agenda/components/programme';

/** The public programme, for everyone: anonymous visitors and every role. */
export function ProgrammeRoute() {
  const { t } = useTranslation();
  return (
    <article className="page">
      <h1 className="page__title">{t('programme.title')}</h1>
      <Programme />
    </article>
  );
}

import { useTranslation } from 'react-i18next';

import { useSession } from '@/features/accounts/api/get-session';
import { Programme } from '@/features/agenda/components/programme';

/** The public programme, for everyone: anonymous visitors and every role; delegates bookmark. */
export function ProgrammeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const role = session.data?.account.role;
  return (
    <article className="page">
      <h1 className="page__title">{t('programme.title')}</h1>
      <Programme delegate={role === 'delegate'} signedIn={role !== undefined} />
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { homeOf } from '@/app/roles';
import { InvitationAcceptance } from '@/features/accounts/components/invitation-acceptance';

/** Where an invitation link leads: the invited person chooses a password and is logged in. */
export function InvitationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  return (
    <article className="page page--narrow">
      <h1 className="page__title">{t('invitation.title')}</h1>
      <InvitationAcceptance
        token={token}
        onAccepted={(session) => {
          void navigate(homeOf(session.account.role), { replace: true });
        }}
      />
    </article>
  );
}

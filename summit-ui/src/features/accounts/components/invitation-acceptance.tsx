import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { hasStatus } from '@/lib/api-client';
import { formatDateTime, useLanguage } from '@/lib/i18n';
import type { Session } from '@/types/api';

import { useAcceptInvitation } from '@/features/accounts/api/accept-invitation';
import { useInvitation } from '@/features/accounts/api/get-invitation';
import { NewPasswordFields } from '@/features/accounts/components/new-password-fields';
import { checkNewPassword, minPasswordLength } from '@/features/accounts/utils/password';

interface InvitationAcceptanceProps {
  token: string;
  /** Called once the new account is logged in. */
  onAccepted: (session: Session) => void;
}

/** Who the invitation link is for, and a form to choose a password and log in. */
export function InvitationAcceptance({ token, onAccepted }: InvitationAcceptanceProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [checked, setChecked] = useState(false);
  const refused = useServerErrors(accept.error);

  if (invitation.isPending) {
    return <p role="status">{t('invitation.loading')}</p>;
  }
  if (invitation.isError) {
    return (
      <ErrorMessage
        error={invitation.error}
        onRetry={() => {
          void invitation.refetch();
        }}
      />
    );
  }
  if (invitation.data === null || hasStatus(accept.error, 404, 410)) {
    return <Unavailable />;
  }

  const { displayName, email, role, expiresAt } = invitation.data;
  const problems = checked ? checkNewPassword(password, repeated) : {};

  return (
    <>
      <p className="page__lead" data-testid="invitation-who">
        {t('invitation.who', { name: displayName, email, role: t(`account.roles.${role}`) })}
      </p>
      <p>{t('invitation.expires', { date: formatDateTime(expiresAt, language) })}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          const found = checkNewPassword(password, repeated);
          if (!found.password && !found.repeated) {
            accept.mutate({ token, password }, { onSuccess: onAccepted });
          }
        }}
      >
        <ErrorSummary
          messages={[
            problems.password && t('password.tooShort', { min: minPasswordLength }),
            problems.repeated && t('password.mismatch'),
            refused.field('password'),
          ]}
        />
        {accept.isError && !refused.field('password') && <ErrorMessage error={accept.error} />}
        {/* Lets a password manager file the new password under the right e-mail address. */}
        <input type="email" value={email} autoComplete="username" readOnly hidden />
        <NewPasswordFields
          password={password}
          repeated={repeated}
          onPasswordChange={setPassword}
          onRepeatedChange={setRepeated}
          problems={problems}
          refused={refused.field('password')}
          testIds={{ password: 'invitation-password', repeated: 'invitation-repeat' }}
        />
        <button
          type="submit"
          className="button"
          disabled={accept.isPending}
          data-testid="invitation-submit"
        >
          {accept.isPending ? t('invitation.submitting') : t('invitation.submit')}
        </button>
      </form>
    </>
  );
}

function Unavailable() {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert" data-testid="invitation-unavailable">
      <p className="error-message__title">{t('invitation.unavailableTitle')}</p>
      <p className="error-message__detail">{t('invitation.unavailableText')}</p>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { TextField } from '@/components/ui/text-field';

import { useChangePassword } from '@/features/accounts/api/change-password';
import { NewPasswordFields } from '@/features/accounts/components/new-password-fields';
import { checkNewPassword, minPasswordLength } from '@/features/accounts/utils/password';

/** The current password and a new one typed twice. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [checked, setChecked] = useState(false);

  const problems = checked ? checkNewPassword(newPassword, repeated) : {};
  const missingCurrent = checked && currentPassword === '';
  const refused = useServerErrors(change.error);
  const refusedElsewhere =
    change.isError && !refused.field('currentPassword') && !refused.field('newPassword')
      ? change.error
      : null;

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        const { password, repeated: mismatch } = checkNewPassword(newPassword, repeated);
        if (currentPassword === '' || password || mismatch) {
          return;
        }
        change.mutate(
          { currentPassword, newPassword },
          {
            onSuccess: () => {
              setCurrentPassword('');
              setNewPassword('');
              setRepeated('');
              setChecked(false);
            },
          },
        );
      }}
    >
      {change.isSuccess && (
        <p className="notice notice--success" role="status">
          {t('password.changed')}
        </p>
      )}
      <ErrorSummary
        messages={[
          missingCurrent && t('password.required'),
          problems.password && t('password.tooShort', { min: minPasswordLength }),
          problems.repeated && t('password.mismatch'),
          refused.field('currentPassword'),
          refused.field('newPassword'),
        ]}
      />
      {refusedElsewhere && <ErrorMessage error={refusedElsewhere} />}
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        error={missingCurrent ? t('password.required') : refused.field('currentPassword')}
        onChange={(event) => {
          setCurrentPassword(event.target.value);
        }}
        data-testid="password-current"
      />
      <NewPasswordFields
        password={newPassword}
        repeated={repeated}
        onPasswordChange={setNewPassword}
        onRepeatedChange={setRepeated}
        problems={problems}
        refused={refused.field('newPassword')}
        testIds={{ password: 'password-new', repeated: 'password-repeat' }}
      />
      <button
        type="submit"
        className="button"
        disabled={change.isPending}
        data-testid="password-submit"
      >
        {change.isPending ? t('password.saving') : t('password.submit')}
      </button>
    </form>
  );
}

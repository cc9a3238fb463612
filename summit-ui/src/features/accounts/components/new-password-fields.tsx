import { useTranslation } from 'react-i18next';

import { TextField } from '@/components/ui/text-field';

import { minPasswordLength, type NewPasswordProblems } from '@/features/accounts/utils/password';

interface NewPasswordFieldsProps {
  password: string;
  repeated: string;
  onPasswordChange: (value: string) => void;
  onRepeatedChange: (value: string) => void;
  /** What the client found wrong, once the form was submitted. */
  problems: NewPasswordProblems;
  /** What the server said about the new password, if it refused it. */
  refused: string | undefined;
  testIds: { password: string; repeated: string };
}

/** A new password typed twice, as both the password change and the invitation ask for it. */
export function NewPasswordFields({
  password,
  repeated,
  onPasswordChange,
  onRepeatedChange,
  problems,
  refused,
  testIds,
}: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        value={password}
        hint={t('password.hint', { min: minPasswordLength })}
        error={problems.password ? t('password.tooShort', { min: minPasswordLength }) : refused}
        onChange={(event) => {
          onPasswordChange(event.target.value);
        }}
        data-testid={testIds.password}
      />
      <TextField
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        required
        value={repeated}
        error={problems.repeated && t('password.mismatch')}
        onChange={(event) => {
          onRepeatedChange(event.target.value);
        }}
        data-testid={testIds.repeated}
      />
    </>
  );
}

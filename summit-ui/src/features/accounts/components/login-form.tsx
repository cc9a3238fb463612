import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { TextField } from '@/components/ui/text-field';
import { hasStatus } from '@/lib/api-client';

import { useLogIn } from '@/features/accounts/api/log-in';

/**
 * E-mail and password. Logging in stores the session; the page showing the form decides where
 * to go from there.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const logIn = useLogIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [incomplete, setIncomplete] = useState(false);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const complete = email.trim() !== '' && password !== '';
        setIncomplete(!complete);
        if (complete) {
          logIn.mutate({ email: email.trim(), password });
        }
      }}
    >
      {incomplete ? (
        <Alert text={t('login.incomplete')} />
      ) : (
        logIn.isError && <LoginError error={logIn.error} />
      )}
      <TextField
        label={t('login.email')}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        required
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
        }}
        data-testid="login-email"
      />
      <TextField
        label={t('login.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
        }}
        data-testid="login-password"
      />
      <button
        type="submit"
        className="button"
        disabled={logIn.isPending}
        data-testid="login-submit"
      >
        {logIn.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}

function Alert({ text }: { text: string }) {
  return (
    <div className="error-message" role="alert" data-testid="login-error">
      <p className="error-message__detail">{text}</p>
    </div>
  );
}

function LoginError({ error }: { error: Error }) {
  const { t } = useTranslation();
  // The server explains 401 and 429 in English only; these two are said in the chosen language.
  if (hasStatus(error, 401)) {
    return <Alert text={t('login.wrongCredentials')} />;
  }
  if (hasStatus(error, 429)) {
    const seconds = error.retryAfterSeconds;
    return (
      <Alert
        text={
          seconds === undefined
            ? t('login.throttledWithoutTime')
            : t('login.throttled', { count: Math.max(1, Math.ceil(seconds / 60)) })
        }
      />
    );
  }
  return <ErrorMessage error={error} />;
}

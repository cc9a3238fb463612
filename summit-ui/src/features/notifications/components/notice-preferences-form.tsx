import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { SelectField } from '@/components/ui/select-field';
import { ApiError } from '@/lib/api-client';

import {
  useNoticePreferences,
  type NoticeChoice,
  type NoticePreferences,
} from '@/features/notifications/api/get-notice-preferences';
import { useSaveNoticePreferences } from '@/features/notifications/api/save-notice-preferences';

import '@/features/notifications/components/notifications.css';

type LanguageChoice = 'default' | 'zh-Hant' | 'en';

/** My notification preferences, loaded, then edited in a form. */
export function NoticePreferencesSection() {
  const { t } = useTranslation();
  const preferences = useNoticePreferences();
  if (preferences.isPending) {
    return <p role="status">{t('notifications.preferences.loading')}</p>;
  }
  if (preferences.isError) {
    return (
      <ErrorMessage
        error={preferences.error}
        onRetry={() => {
          void preferences.refetch();
        }}
      />
    );
  }
  return <NoticePreferencesForm initial={preferences.data} />;
}

/**
 * The kinds of notification my role receives, each on the app and by e-mail, whether e-mails go
 * at once or in a daily digest, and their language; every name in the interface's language.
 */
export function NoticePreferencesForm({ initial }: { initial: NoticePreferences }) {
  const { t } = useTranslation();
  const save = useSaveNoticePreferences();
  const [kinds, setKinds] = useState<NoticeChoice[]>(initial.kinds);
  const [emailDigest, setEmailDigest] = useState(initial.emailDigest);
  const [language, setLanguage] = useState<LanguageChoice>(initial.language ?? 'default');
  const [saved, setSaved] = useState(false);
  const errors = useServerErrors(save.error);
  const captionId = useId();
  const deliveryId = useId();

  const change = (kind: NoticeChoice['kind'], channel: 'inApp' | 'email', on: boolean) => {
    setSaved(false);
    setKinds((current) =>
      current.map((choice) => (choice.kind === kind ? { ...choice, [channel]: on } : choice)),
    );
  };

  return (
    <form
      className="form form--wide notice-preferences"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate(
          { kinds, emailDigest, language: language === 'default' ? null : language },
          {
            onSuccess: (answer) => {
              setKinds(answer.kinds);
              setEmailDigest(answer.emailDigest);
              setLanguage(answer.language ?? 'default');
              setSaved(true);
            },
          },
        );
      }}
      data-testid="notice-preferences"
    >
      {errors.any && <ErrorSummary messages={errors.summary} />}
      {save.error && !errors.any && <ErrorMessage error={save.error} />}
      <div className="table-scroll">
        <table className="table table--fit" aria-describedby={captionId}>
          <caption id={captionId} className="notice-preferences__caption">
            {t('notifications.preferences.kindsCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('notifications.preferences.kind')}</th>
              <th scope="col">{t('notifications.preferences.inApp')}</th>
              <th scope="col">{t('notifications.preferences.email')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((choice, index) => {
              const name = t(`notifications.kinds.${choice.kind}`);
              const refused = errors.field(`kinds[${index}].kind`);
              return (
                <tr key={choice.kind} data-testid={`preference-${choice.kind}`}>
                  <th scope="row">
                    {name}
                    {refused && <span className="field__error">{refused}</span>}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      className="checkbox__input"
                      checked={choice.inApp}
                      aria-label={t('notifications.preferences.inAppOf', { kind: name })}
                      onChange={(event) => {
                        change(choice.kind, 'inApp', event.target.checked);
                      }}
                      data-testid={`preference-${choice.kind}-in-app`}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      className="checkbox__input"
                      checked={choice.email}
                      aria-label={t('notifications.preferences.emailOf', { kind: name })}
                      onChange={(event) => {
                        change(choice.kind, 'email', event.target.checked);
                      }}
                      data-testid={`preference-${choice.kind}-email`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('notifications.preferences.alwaysSent')}</p>
      <fieldset className="field notice-preferences__delivery" aria-describedby={deliveryId}>
        <legend className="field__label">{t('notifications.preferences.delivery')}</legend>
        <p id={deliveryId} className="field__hint">
          {t('notifications.preferences.deliveryHint')}
        </p>
        {(['immediate', 'digest'] as const).map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              className="checkbox__input"
              name="delivery"
              value={option}
              checked={emailDigest === (option === 'digest')}
              onChange={() => {
                setSaved(false);
                setEmailDigest(option === 'digest');
              }}
              data-testid={`preference-delivery-${option}`}
            />{' '}
            {t(`notifications.preferences.${option}`)}
          </label>
        ))}
      </fieldset>
      <SelectField<LanguageChoice>
        label={t('notifications.preferences.language')}
        value={language}
        options={[
          { value: 'default', label: t('notifications.preferences.languageDefault') },
          { value: 'zh-Hant', label: t('notifications.languages.zh-Hant') },
          { value: 'en', label: t('notifications.languages.en') },
        ]}
        onChange={(chosen) => {
          setSaved(false);
          setLanguage(chosen);
        }}
        error={errors.field('language')}
        data-testid="preference-language"
      />
      <div className="button-row">
        <button
          type="submit"
          className="button"
          disabled={save.isPending}
          data-testid="preferences-save"
        >
          {save.isPending
            ? t('notifications.preferences.saving')
            : t('notifications.preferences.save')}
        </button>
      </div>
      {saved && !(save.error instanceof ApiError) && (
        <p className="notice notice--success" role="status" data-testid="preferences-saved">
          {t('notifications.preferences.saved')}
        </p>
      )}
    </form>
  );
}

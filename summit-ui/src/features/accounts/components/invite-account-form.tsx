import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { formatDateTime, useLanguage } from '@/lib/i18n';
import type { AccountRole } from '@/types/api';

import {
  useInviteAccount,
  type CreatedInvitation,
  type InvitationRequest,
} from '@/features/accounts/api/invite-account';
import { useAttendingCities } from '@/features/accounts/api/get-attending-cities';

const invitableRoles: readonly AccountRole[] = ['delegate', 'staff', 'organiser'];

/** Invites a person by e-mail; shows the link to send them, since Summit does not mail it. */
export function InviteAccountForm() {
  const { t } = useTranslation();
  const invite = useInviteAccount();
  const cities = useAttendingCities();
  const language = useLanguage();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<AccountRole>('delegate');
  const [cityId, setCityId] = useState('');
  const [checked, setChecked] = useState(false);

  const needsCity = role === 'delegate';
  const missing = {
    email: checked && email.trim() === '',
    displayName: checked && displayName.trim() === '',
    cityId: checked && needsCity && cityId.trim() === '',
  };
  const refused = useServerErrors(invite.error);

  return (
    <>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (!email.trim() || !displayName.trim() || (needsCity && !cityId.trim())) {
            return;
          }
          const request: InvitationRequest = {
            email: email.trim(),
            displayName: displayName.trim(),
            role,
            ...(needsCity ? { cityId: cityId.trim() } : {}),
          };
          invite.mutate(request, {
            onSuccess: () => {
              setEmail('');
              setDisplayName('');
              setCityId('');
              setChecked(false);
            },
          });
        }}
      >
        <ErrorSummary
          messages={[
            missing.email && t('accounts.invite.emailMissing'),
            missing.displayName && t('accounts.invite.displayNameMissing'),
            missing.cityId && t('accounts.invite.cityIdMissing'),
            ...refused.summary,
          ]}
        />
        {invite.isError && !refused.any && <ErrorMessage error={invite.error} />}
        <TextField
          label={t('accounts.invite.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          error={missing.email ? t('accounts.invite.emailMissing') : refused.field('email')}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
          data-testid="invite-email"
        />
        <TextField
          label={t('accounts.invite.displayName')}
          autoComplete="off"
          required
          value={displayName}
          error={
            missing.displayName
              ? t('accounts.invite.displayNameMissing')
              : refused.field('displayName')
          }
          onChange={(event) => {
            setDisplayName(event.target.value);
          }}
          data-testid="invite-display-name"
        />
        <SelectField
          label={t('accounts.invite.role')}
          value={role}
          options={invitableRoles.map((option) => ({
            value: option,
            label: t(`account.roles.${option}`),
          }))}
          error={refused.field('role')}
          onChange={setRole}
          data-testid="invite-role"
        />
        {needsCity && cities.data && cities.data.length > 0 && (
          <SelectField
            label={t('accounts.invite.cityId')}
            required
            value={cityId}
            options={[
              { value: '', label: t('accounts.invite.cityChoose') },
              ...cities.data.map((city) => ({
                value: city.id,
                label: `${language === 'zh-Hant' ? city.name['zh-Hant'] : city.name.en} (${city.id})`,
              })),
            ]}
            hint={t('accounts.invite.cityChooseHint')}
            error={missing.cityId ? t('accounts.invite.cityIdMissing') : refused.field('cityId')}
            onChange={setCityId}
            data-testid="invite-city"
          />
        )}
        {needsCity && !(cities.data && cities.data.length > 0) && (
          <TextField
            label={t('accounts.invite.cityId')}
            autoComplete="off"
            spellCheck={false}
            required
            value={cityId}
            hint={t('accounts.invite.cityIdHint')}
            error={missing.cityId ? t('accounts.invite.cityIdMissing') : refused.field('cityId')}
            onChange={(event) => {
              setCityId(event.target.value);
            }}
            data-testid="invite-city"
          />
        )}
        <button
          type="submit"
          className="button"
          disabled={invite.isPending}
          data-testid="invite-submit"
        >
          {invite.isPending ? t('accounts.invite.submitting') : t('accounts.invite.submit')}
        </button>
      </form>
      {invite.isSuccess && <CreatedLink invitation={invite.data} />}
    </>
  );
}

// An async function, so that a browser without a clipboard (outside HTTPS) rejects, not throws.
async function copyToClipboard(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

function CreatedLink({ invitation }: { invitation: CreatedInvitation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const linkId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  // The server gives a path; the person invited needs the whole address.
  const link = new URL(invitation.invitationLink, window.location.origin).href;

  return (
    <section className="panel" aria-live="polite" data-testid="invitation-created">
      <p>
        {t('accounts.invite.created', {
          name: invitation.account.displayName,
          date: formatDateTime(invitation.expiresAt, language),
        })}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={linkId}>
          {t('accounts.invite.link')}
        </label>
        <div className="copy-field">
          <input
            ref={input}
            id={linkId}
            className="field__input"
            value={link}
            readOnly
            onFocus={(event) => {
              event.target.select();
            }}
            data-testid="invitation-link"
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              copyToClipboard(link).then(
                () => {
                  setCopied(link);
                },
                () => {
                  // No clipboard: select the link, so that the organiser can copy it by hand.
                  input.current?.focus();
                },
              );
            }}
          >
            {copied === link ? t('accounts.invite.copied') : t('accounts.invite.copy')}
          </button>
        </div>
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { localize, useLanguage } from '@/lib/i18n';

import { useExchangeMembers } from '@/features/exchanges/api/get-exchange-members';

interface MembersPickerProps {
  legend: string;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error?: string | undefined;
  testId: string;
}

/** The members of my delegation, each a checkbox: who attends the exchange. */
export function MembersPicker({ legend, chosen, onChange, error, testId }: MembersPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const members = useExchangeMembers();
  return (
    <fieldset className="field" data-testid={testId} aria-invalid={error ? true : undefined}>
      <legend className="field__label">{legend}</legend>
      {members.error ? (
        <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data === undefined ? (
        <p role="status">{t('exchanges.loading')}</p>
      ) : (
        <ul className="picker__options">
          {members.data.map((member) => {
            const checked = chosen.includes(member.id);
            return (
              <li key={member.id}>
                <label className="picker__option">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => {
                      onChange(
                        checked ? chosen.filter((id) => id !== member.id) : [...chosen, member.id],
                      );
                    }}
                  />
                  {localize(member.name, language)}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

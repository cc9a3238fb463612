import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { FormActions, type SubmittingFormProps } from '@/components/ui/form-actions';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { MultiPickerField } from '@/components/ui/multi-picker-field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { languageChoices } from '@/lib/choices';
import { useLanguage } from '@/lib/i18n';

import type { DelegateRequest } from '@/features/cities/api/add-delegate';
import {
  preferredLanguages,
  type Delegate,
  type PreferredLanguage,
} from '@/features/cities/api/get-city';

/** With `delegate`, the form changes them; without, it adds a new one. */
interface DelegateFormProps extends SubmittingFormProps<DelegateRequest> {
  delegate?: Delegate;
  /** For delegates editing their own profile: the e-mail address is shown, not changed. */
  emailReadOnly?: boolean;
}

/** Every detail of a delegate: names, titles, contact, languages, travel dates. */
export function DelegateForm({
  delegate,
  emailReadOnly = false,
  submitLabel,
  submittingLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  testIdPrefix,
}: DelegateFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [nameZhHant, setNameZhHant] = useState(delegate?.name['zh-Hant'] ?? '');
  const [nameEn, setNameEn] = useState(delegate?.name.en ?? '');
  const [titleZhHant, setTitleZhHant] = useState(delegate?.title['zh-Hant'] ?? '');
  const [titleEn, setTitleEn] = useState(delegate?.title.en ?? '');
  const [email, setEmail] = useState(delegate?.email ?? '');
  const [phone, setPhone] = useState(delegate?.phone ?? '');
  const [languages, setLanguages] = useState<string[]>(delegate?.languages ?? []);
  const [needsInterpretation, setNeedsInterpretation] = useState(
    delegate?.needsInterpretation ?? false,
  );
  const [arrivesOn, setArrivesOn] = useState(delegate?.arrivesOn ?? '');
  const [departsOn, setDepartsOn] = useState(delegate?.departsOn ?? '');
  const [preferredLanguage, setPreferredLanguage] = useState<PreferredLanguage>(
    delegate?.preferredLanguage ?? 'en',
  );
  const [checked, setChecked] = useState(false);

  const missing = {
    name: checked && (nameZhHant.trim() === '' || nameEn.trim() === ''),
    title: checked && (titleZhHant.trim() === '' || titleEn.trim() === ''),
    email: checked && !emailReadOnly && email.trim() === '',
    languages: checked && languages.length === 0,
  };
  const refused = useServerErrors(error);
  const blank = (text: string) => checked && text.trim() === '';

  return (
    <form
      className="form form--wide"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        const tags = languages;
        if (
          !nameZhHant.trim() ||
          !nameEn.trim() ||
          !titleZhHant.trim() ||
          !titleEn.trim() ||
          (!emailReadOnly && !email.trim()) ||
          tags.length === 0
        ) {
          return;
        }
        onSubmit({
          name: { 'zh-Hant': nameZhHant.trim(), en: nameEn.trim() },
          title: { 'zh-Hant': titleZhHant.trim(), en: titleEn.trim() },
          languages: tags,
          needsInterpretation,
          arrivesOn: arrivesOn || null,
          departsOn: departsOn || null,
          email: email.trim(),
          phone: phone.trim() || null,
          preferredLanguage,
        });
      }}
    >
      <ErrorSummary
        messages={[
          missing.name && t('delegates.form.nameMissing'),
          missing.title && t('delegates.form.titleMissing'),
          missing.email && t('delegates.form.emailMissing'),
          missing.languages && t('delegates.form.languagesMissing'),
          ...refused.summary,
        ]}
      />
      {error && !refused.any && <ErrorMessage error={error} />}
      <div className="field-pair">
        <TextField
          label={t('delegates.form.nameZhHant')}
          lang="zh-Hant"
          autoComplete="off"
          required
          value={nameZhHant}
          error={
            blank(nameZhHant)
              ? t('delegates.form.nameMissing')
              : refused.field('name.zh-Hant', 'name')
          }
          onChange={(event) => {
            setNameZhHant(event.target.value);
          }}
          data-testid={`${testIdPrefix}-name-zh-hant`}
        />
        <TextField
          label={t('delegates.form.nameEn')}
          lang="en"
          autoComplete="off"
          required
          value={nameEn}
          error={blank(nameEn) ? t('delegates.form.nameMissing') : refused.field('name.en', 'name')}
          onChange={(event) => {
            setNameEn(event.target.value);
          }}
          data-testid={`${testIdPrefix}-name-en`}
        />
      </div>
      <div className="field-pair">
        <TextField
          label={t('delegates.form.titleZhHant')}
          lang="zh-Hant"
          autoComplete="off"
          required
          value={titleZhHant}
          hint={t('delegates.form.titleHint')}
          error={
            blank(titleZhHant)
              ? t('delegates.form.titleMissing')
              : refused.field('title.zh-Hant', 'title')
          }
          onChange={(event) => {
            setTitleZhHant(event.target.value);
          }}
          data-testid={`${testIdPrefix}-title-zh-hant`}
        />
        <TextField
          label={t('delegates.form.titleEn')}
          lang="en"
          autoComplete="off"
          required
          value={titleEn}
          error={
            blank(titleEn) ? t('delegates.form.titleMissing') : refused.field('title.en', 'title')
          }
          onChange={(event) => {
            setTitleEn(event.target.value);
          }}
          data-testid={`${testIdPrefix}-title-en`}
        />
      </div>
      <div className="field-pair">
        <TextField
          label={t('delegates.form.email')}
          type="email"
          autoComplete="off"
          required={!emailReadOnly}
          readOnly={emailReadOnly}
          value={email}
          hint={emailReadOnly ? t('delegates.form.emailReadOnly') : undefined}
          error={missing.email ? t('delegates.form.emailMissing') : refused.field('email')}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
          data-testid={`${testIdPrefix}-email`}
        />
        <TextField
          label={t('delegates.form.phone')}
          type="tel"
          autoComplete="off"
          value={phone}
          hint={t('delegates.form.phoneHint')}
          error={refused.field('phone')}
          onChange={(event) => {
            setPhone(event.target.value);
          }}
          data-testid={`${testIdPrefix}-phone`}
        />
      </div>
      <div className="field-pair">
        <MultiPickerField
          label={t('delegates.form.languages')}
          values={languages}
          choices={languageChoices(language)}
          hint={t('delegates.form.languagesHint')}
          error={
            missing.languages ? t('delegates.form.languagesMissing') : refused.field('languages')
          }
          onChange={setLanguages}
          data-testid={`${testIdPrefix}-languages`}
        />
        <SelectField
          label={t('delegates.form.preferredLanguage')}
          value={preferredLanguage}
          options={preferredLanguages.map((value) => ({
            value,
            label: t(`language.names.${value}`),
          }))}
          hint={t('delegates.form.preferredLanguageHint')}
          error={refused.field('preferredLanguage')}
          onChange={setPreferredLanguage}
          data-testid={`${testIdPrefix}-preferred-language`}
        />
      </div>
      <CheckboxField
        label={t('delegates.form.needsInterpretation')}
        checked={needsInterpretation}
        error={refused.field('needsInterpretation')}
        onChange={(event) => {
          setNeedsInterpretation(event.target.checked);
        }}
        data-testid={`${testIdPrefix}-needs-interpretation`}
      />
      <div className="field-pair">
        <TextField
          label={t('delegates.form.arrivesOn')}
          type="date"
          value={arrivesOn}
          error={refused.field('arrivesOn')}
          onChange={(event) => {
            setArrivesOn(event.target.value);
          }}
          data-testid={`${testIdPrefix}-arrives-on`}
        />
        <TextField
          label={t('delegates.form.departsOn')}
          type="date"
          value={departsOn}
          error={refused.field('departsOn')}
          onChange={(event) => {
            setDepartsOn(event.target.value);
          }}
          data-testid={`${testIdPrefix}-departs-on`}
        />
      </div>
      <FormActions
        pending={pending}
        submitLabel={submitLabel}
        submittingLabel={submittingLabel}
        onCancel={onCancel}
        cancelLabel={t('cities.cancel')}
        submitTestId={`${testIdPrefix}-submit`}
      />
    </form>
  );
}

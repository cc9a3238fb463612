import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { ErrorSummary } from '@/components/errors/error-summary';
import { useServerErrors } from '@/components/errors/use-server-errors';
import { FormActions, type SubmittingFormProps } from '@/components/ui/form-actions';
import { PickerField } from '@/components/ui/picker-field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { countryChoices, timeZoneChoices } from '@/lib/choices';
import { useLanguage } from '@/lib/i18n';

import {
  cityKinds,
  cityRoles,
  type City,
  type CityKind,
  type CityRole,
} from '@/features/cities/api/get-cities';
import type { CityRequest } from '@/features/cities/api/register-city';

const defaultTimeZone = 'Asia/Taipei';

/** With `city`, the form changes it; without, it registers a new one and asks for its code. */
interface CityFormProps extends SubmittingFormProps<CityRequest> {
  city?: City;
}

/** A city's details: code (only when registering), names, kind, role, country, time zone. */
export function CityForm({
  city,
  submitLabel,
  submittingLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  testIdPrefix,
}: CityFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const registering = city === undefined;
  const [code, setCode] = useState('');
  const [nameZhHant, setNameZhHant] = useState(city?.name['zh-Hant'] ?? '');
  const [nameEn, setNameEn] = useState(city?.name.en ?? '');
  const [kind, setKind] = useState<CityKind>(city?.kind ?? 'CITY');
  const [role, setRole] = useState<CityRole>(city?.role ?? 'GUEST');
  const [country, setCountry] = useState(city?.country ?? '');
  const [timeZone, setTimeZone] = useState(city?.timeZone ?? defaultTimeZone);
  const [descriptionZhHant, setDescriptionZhHant] = useState(city?.description?.['zh-Hant'] ?? '');
  const [descriptionEn, setDescriptionEn] = useState(city?.description?.en ?? '');
  const [checked, setChecked] = useState(false);

  const missing = {
    code: checked && registering && code.trim() === '',
    nameZhHant: checked && nameZhHant.trim() === '',
    nameEn: checked && nameEn.trim() === '',
    country: checked && country.trim() === '',
    timeZone: checked && timeZone.trim() === '',
  };
  const refused = useServerErrors(error);
  const message = (field: keyof typeof missing, text: string, ...serverFields: string[]) =>
    missing[field] ? text : refused.field(...serverFields);

  return (
    <form
      className="form form--wide"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (
          (registering && !code.trim()) ||
          !nameZhHant.trim() ||
          !nameEn.trim() ||
          !country.trim() ||
          !timeZone.trim()
        ) {
          return;
        }
        const described = descriptionZhHant.trim() !== '' || descriptionEn.trim() !== '';
        onSubmit({
          ...(registering ? { id: code.trim() } : {}),
          name: { 'zh-Hant': nameZhHant.trim(), en: nameEn.trim() },
          kind,
          role,
          country: country.trim().toUpperCase(),
          timeZone: timeZone.trim(),
          description: described
            ? { 'zh-Hant': descriptionZhHant.trim(), en: descriptionEn.trim() }
            : null,
        });
      }}
    >
      <ErrorSummary
        messages={[
          missing.code && t('cities.form.codeMissing'),
          (missing.nameZhHant || missing.nameEn) && t('cities.form.nameMissing'),
          missing.country && t('cities.form.countryMissing'),
          missing.timeZone && t('cities.form.timeZoneMissing'),
          ...refused.summary,
        ]}
      />
      {error && !refused.any && <ErrorMessage error={error} />}
      {registering && (
        <TextField
          label={t('cities.form.code')}
          autoComplete="off"
          spellCheck={false}
          required
          value={code}
          hint={t('cities.form.codeHint')}
          error={message('code', t('cities.form.codeMissing'), 'id')}
          onChange={(event) => {
            setCode(event.target.value);
          }}
          data-testid={`${testIdPrefix}-code`}
        />
      )}
      <div className="field-pair">
        <TextField
          label={t('cities.form.nameZhHant')}
          lang="zh-Hant"
          autoComplete="off"
          required
          value={nameZhHant}
          error={message('nameZhHant', t('cities.form.nameMissing'), 'name.zh-Hant', 'name')}
          onChange={(event) => {
            setNameZhHant(event.target.value);
          }}
          data-testid={`${testIdPrefix}-name-zh-hant`}
        />
        <TextField
          label={t('cities.form.nameEn')}
          lang="en"
          autoComplete="off"
          required
          value={nameEn}
          error={message('nameEn', t('cities.form.nameMissing'), 'name.en', 'name')}
          onChange={(event) => {
            setNameEn(event.target.value);
          }}
          data-testid={`${testIdPrefix}-name-en`}
        />
      </div>
      <div className="field-pair">
        <SelectField
          label={t('cities.form.kind')}
          value={kind}
          options={cityKinds.map((value) => ({ value, label: t(`cities.kinds.${value}`) }))}
          error={refused.field('kind')}
          onChange={setKind}
          data-testid={`${testIdPrefix}-kind`}
        />
        <SelectField
          label={t('cities.form.role')}
          value={role}
          options={cityRoles.map((value) => ({ value, label: t(`cities.roles.${value}`) }))}
          error={refused.field('role')}
          onChange={setRole}
          data-testid={`${testIdPrefix}-role`}
        />
      </div>
      <div className="field-pair">
        <PickerField
          label={t('cities.form.country')}
          required
          value={country}
          choices={countryChoices(language)}
          hint={t('cities.form.countryHint')}
          error={message('country', t('cities.form.countryMissing'), 'country')}
          onChange={setCountry}
          data-testid={`${testIdPrefix}-country`}
        />
        <PickerField
          label={t('cities.form.timeZone')}
          required
          value={timeZone}
          choices={timeZoneChoices(language, timeZone)}
          hint={t('cities.form.timeZoneHint')}
          error={message('timeZone', t('cities.form.timeZoneMissing'), 'timeZone')}
          onChange={setTimeZone}
          data-testid={`${testIdPrefix}-time-zone`}
        />
      </div>
      <div className="field-pair">
        <TextAreaField
          label={t('cities.form.descriptionZhHant')}
          lang="zh-Hant"
          value={descriptionZhHant}
          error={refused.field('description.zh-Hant', 'description')}
          onChange={(event) => {
            setDescriptionZhHant(event.target.value);
          }}
          data-testid={`${testIdPrefix}-description-zh-hant`}
        />
        <TextAreaField
          label={t('cities.form.descriptionEn')}
          lang="en"
          value={descriptionEn}
          error={refused.field('description.en', 'description')}
          onChange={(event) => {
            setDescriptionEn(event.target.value);
          }}
          data-testid={`${testIdPrefix}-description-en`}
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

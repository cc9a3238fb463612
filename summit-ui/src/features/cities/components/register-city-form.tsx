import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useReveal } from '@/components/ui/use-reveal';

import { localize, useLanguage } from '@/lib/i18n';

import { useRegisterCity } from '@/features/cities/api/register-city';
import { CityForm } from '@/features/cities/components/city-form';

/** Registers a city at the end of the protocol order; organisers only. */
export function RegisterCityForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const register = useRegisterCity();
  const reveal = useReveal();
  // A new key empties the form after each city registered.
  const [formKey, setFormKey] = useState(0);

  return (
    <>
      {register.isSuccess && (
        <p
          ref={reveal}
          tabIndex={-1}
          className="notice notice--success"
          role="status"
          data-testid="city-registered"
        >
          {t('cities.register.done', { name: localize(register.data.name, language) })}
        </p>
      )}
      <CityForm
        key={formKey}
        submitLabel={t('cities.register.submit')}
        submittingLabel={t('cities.register.submitting')}
        pending={register.isPending}
        error={register.error}
        onSubmit={(request) => {
          register.mutate(request, {
            onSuccess: () => {
              setFormKey((key) => key + 1);
            },
          });
        }}
        testIdPrefix="city-register"
      />
    </>
  );
}

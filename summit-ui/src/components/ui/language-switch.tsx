import { useTranslation } from 'react-i18next';

import { languages, useLanguage } from '@/lib/i18n';

/** Two toggle buttons, 中文 and English, that switch the whole interface at once. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__button"
          lang={language}
          data-testid={`lang-${language}`}
          aria-pressed={language === current}
          onClick={() => {
            void i18n.changeLanguage(language);
          }}
        >
          {t(`language.names.${language}`)}
        </button>
      ))}
    </div>
  );
}

import { useTranslation } from 'react-i18next';

import type { City } from '@/features/cities/api/get-cities';

/** The city's role, whether it is a country delegation, and whether it withdrew. */
export function CityTags({ city }: { city: City }) {
  const { t } = useTranslation();
  return (
    <ul className="tags" aria-label={t('cities.tagsLabel')}>
      <li className={`tag tag--${city.role.toLowerCase()}`} data-testid={`city-role-${city.id}`}>
        {t(`cities.roles.${city.role}`)}
      </li>
      {city.kind === 'COUNTRY' && (
        <li className="tag tag--country" data-testid={`city-country-delegation-${city.id}`}>
          {t('cities.kinds.COUNTRY')}
        </li>
      )}
      {!city.attending && (
        <li className="tag tag--withdrawn" data-testid={`city-withdrawn-${city.id}`}>
          {t('cities.withdrawn')}
        </li>
      )}
    </ul>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/errors/error-message';
import { localize, useLanguage } from '@/lib/i18n';

import { signs, useCities, type City } from '@/features/cities/api/get-cities';
import { useReorderCities } from '@/features/cities/api/reorder-cities';
import { CityTags } from '@/features/cities/components/city-tags';
import { splitBilingual } from '@/lib/bilingual';
import { countryName } from '@/features/cities/utils/display-names';

interface CitiesListProps {
  /** Where each city's own page is. */
  cityPath: (id: string) => string;
  /** Organisers may change the protocol order. */
  canManage: boolean;
  labelledBy: string;
}

/** The attending cities in protocol order, then those that withdrew, dimmed. */
export function CitiesList({ cityPath, canManage, labelledBy }: CitiesListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cities = useCities();
  const reorder = useReorderCities();

  if (cities.isPending) {
    return <p role="status">{t('cities.loading')}</p>;
  }
  if (cities.isError) {
    return (
      <ErrorMessage
        error={cities.error}
        onRetry={() => {
          void cities.refetch();
        }}
      />
    );
  }
  if (cities.data.length === 0) {
    return <p className="notice">{t('cities.empty')}</p>;
  }

  const attending = cities.data.filter((city) => city.attending);
  const withdrawn = cities.data.filter((city) => !city.attending);
  const move = (index: number, by: -1 | 1) => {
    const order = attending.map((city) => city.id);
    const other = order[index + by];
    const moved = order[index];
    if (other === undefined || moved === undefined) {
      return;
    }
    order[index] = other;
    order[index + by] = moved;
    reorder.mutate(order);
  };

  return (
    <>
      {reorder.isError && <ErrorMessage error={reorder.error} />}
      <ol className="city-list" aria-labelledby={labelledBy} data-testid="cities-list">
        {attending.map((city, index) => (
          <CityCard key={city.id} city={city} position={index + 1} cityPath={cityPath}>
            {canManage && (
              <div className="button-row" data-testid={`city-order-${city.id}`}>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={index === 0 || reorder.isPending}
                  onClick={() => {
                    move(index, -1);
                  }}
                  data-testid={`city-move-up-${city.id}`}
                >
                  {t('cities.order.up')}{' '}
                  <span className="visually-hidden">{localize(city.name, language)}</span>
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={index === attending.length - 1 || reorder.isPending}
                  onClick={() => {
                    move(index, 1);
                  }}
                  data-testid={`city-move-down-${city.id}`}
                >
                  {t('cities.order.down')}{' '}
                  <span className="visually-hidden">{localize(city.name, language)}</span>
                </button>
              </div>
            )}
          </CityCard>
        ))}
        {withdrawn.map((city) => (
          <CityCard key={city.id} city={city} position={null} cityPath={cityPath} />
        ))}
      </ol>
    </>
  );
}

interface CityCardProps {
  city: City;
  /** Its place in the protocol order; `null` for a city that withdrew. */
  position: number | null;
  cityPath: (id: string) => string;
  children?: ReactNode;
}

function CityCard({ city, position, cityPath, children }: CityCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { primary, secondary } = splitBilingual(city.name, language);
  return (
    <li
      className={city.attending ? 'city-card' : 'city-card city-card--withdrawn'}
      data-testid={`city-${city.id}`}
    >
      <div className="city-card__header">
        {position !== null && (
          <p className="city-card__position">{t('cities.position', { position })}</p>
        )}
        <h2 className="city-card__title">
          <Link to={cityPath(city.id)} lang={primary.lang} className="city-card__link">
            {primary.text}
          </Link>
        </h2>
        {secondary && (
          <p className="city-card__other" lang={secondary.lang}>
            {secondary.text}
          </p>
        )}
      </div>
      <CityTags city={city} />
      <dl className="facts facts--compact">
        <div className="facts__item">
          <dt>{t('cities.fields.country')}</dt>
          <dd>{countryName(city.country, language)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('cities.fields.delegates')}</dt>
          <dd data-testid={`city-delegate-count-${city.id}`}>{city.delegateCount}</dd>
        </div>
      </dl>
      {city.attending && signs(city.role) && (
        <p
          className={city.signatoryId ? 'status status--ok' : 'status status--warning'}
          data-testid={`city-signatory-${city.id}`}
        >
          {city.signatoryId ? t('cities.signatoryDesignated') : t('cities.noSignatory')}
        </p>
      )}
      {children}
    </li>
  );
}

import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { localize, useLanguage } from '@/lib/i18n';
import type { LocalizedText } from '@/types/api';

import type { PublishedAgenda } from '@/features/agenda/api/get-agenda';
import {
  citiesOf,
  sessionLanguages,
  type AgendaFilters,
  type SessionLanguage,
} from '@/features/agenda/utils/agenda-filters';
import { formatDay } from '@/features/agenda/utils/format-day';

interface AgendaControlsProps {
  agenda: PublishedAgenda;
  filters: AgendaFilters;
  /** The day shown (the grid always shows one). */
  day: string | null;
  days: string[];
  /** The zone times are shown in. */
  zone: string;
  cityNames: Map<string, LocalizedText> | undefined;
  onChange: (change: Partial<AgendaFilters>) => void;
}

/** A city's code as a name, for visitors who cannot read the cities' own names (`new-taipei`). */
const fromCode = (code: string) =>
  code
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** How the programme is shown: grid or list, the day, the filters, and whose clock. */
export const AgendaControls = memo(function AgendaControls({
  agenda,
  filters,
  day,
  days,
  zone,
  cityNames,
  onChange,
}: AgendaControlsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const cities = useMemo(() => {
    const codes = new Set(agenda.sessions.flatMap(citiesOf));
    return [...codes]
      .map((code) => {
        const name = cityNames?.get(code);
        return { code, name: name ? localize(name, language) : fromCode(code) };
      })
      .sort((a, b) => a.name.localeCompare(b.name, language));
  }, [agenda.sessions, cityNames, language]);
  const filtered =
    filters.track !== null ||
    filters.room !== null ||
    filters.city !== null ||
    filters.language !== null;
  const select = (value: string) => (value === '' ? null : value);

  return (
    <div className="agenda-controls" data-testid="agenda-controls">
      <div className="agenda-controls__row">
        <div className="agenda-controls__views" role="group" aria-label={t('agenda.view.label')}>
          {(['list', 'grid'] as const).map((view) => (
            <button
              key={view}
              type="button"
              className={`button button--small${filters.view === view ? '' : ' button--secondary'}`}
              aria-pressed={filters.view === view}
              data-testid={`agenda-view-${view}`}
              onClick={() => {
                onChange({ view });
              }}
            >
              {t(`agenda.view.${view}`)}
            </button>
          ))}
        </div>
        <label className="agenda-controls__field" htmlFor={`${id}-day`}>
          {t('agenda.day')}
          <select
            id={`${id}-day`}
            value={day ?? ''}
            data-testid="agenda-day"
            onChange={(event) => {
              onChange({ day: select(event.target.value) });
            }}
          >
            {filters.view === 'list' && <option value="">{t('agenda.allDays')}</option>}
            {days.map((value) => (
              <option key={value} value={value}>
                {formatDay(value, language, 'short')}
              </option>
            ))}
          </select>
        </label>
        <label className="agenda-controls__zone">
          <input
            type="checkbox"
            checked={filters.myZone}
            data-testid="agenda-my-zone"
            onChange={(event) => {
              onChange({ myZone: event.target.checked });
            }}
          />
          {t('agenda.myZone')}
        </label>
      </div>
      <div className="agenda-controls__row">
        {agenda.tracks.length > 0 && (
          <label className="agenda-controls__field" htmlFor={`${id}-track`}>
            {t('agenda.filter.track')}
            <select
              id={`${id}-track`}
              value={filters.track ?? ''}
              data-testid="agenda-filter-track"
              onChange={(event) => {
                onChange({ track: select(event.target.value) });
              }}
            >
              <option value="">{t('agenda.filter.any')}</option>
              {agenda.tracks.map((track) => (
                <option key={track.id} value={track.id}>
                  {localize(track.name, language)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="agenda-controls__field" htmlFor={`${id}-room`}>
          {t('agenda.filter.room')}
          <select
            id={`${id}-room`}
            value={filters.room ?? ''}
            data-testid="agenda-filter-room"
            onChange={(event) => {
              onChange({ room: select(event.target.value) });
            }}
          >
            <option value="">{t('agenda.filter.any')}</option>
            {agenda.rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {localize(room.name, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="agenda-controls__field" htmlFor={`${id}-city`}>
          {t('agenda.filter.city')}
          <select
            id={`${id}-city`}
            value={filters.city ?? ''}
            data-testid="agenda-filter-city"
            onChange={(event) => {
              onChange({ city: select(event.target.value) });
            }}
          >
            <option value="">{t('agenda.filter.any')}</option>
            {cities.map((city) => (
              <option key={city.code} value={city.code}>
                {city.name}
              </option>
            ))}
          </select>
        </label>
        <label className="agenda-controls__field" htmlFor={`${id}-language`}>
          {t('agenda.filter.language')}
          <select
            id={`${id}-language`}
            value={filters.language ?? ''}
            data-testid="agenda-filter-language"
            onChange={(event) => {
              onChange({ language: select(event.target.value) as SessionLanguage | null });
            }}
          >
            <option value="">{t('agenda.filter.any')}</option>
            {sessionLanguages.map((value) => (
              <option key={value} value={value}>
                {t(`agenda.languages.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              onChange({ track: null, room: null, city: null, language: null });
            }}
          >
            {t('agenda.filter.clear')}
          </button>
        )}
      </div>
      <p className="agenda-controls__zone-note" data-testid="agenda-zone">
        {filters.myZone
          ? t('agenda.zoneMine', { zone })
          : t('agenda.zoneSummit', { zone: agenda.timeZone })}
      </p>
    </div>
  );
});

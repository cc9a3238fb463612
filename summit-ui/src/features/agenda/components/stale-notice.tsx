import { useTranslation } from 'react-i18next';

import type { AgendaPerson } from '@/features/agenda/api/get-people';
import type { Room } from '@/features/agenda/api/get-rooms';
import type { Track } from '@/features/agenda/api/get-tracks';
import type { SessionShape } from '@/features/agenda/utils/stale';
import { dayOf, timeOf } from '@/features/agenda/utils/timetable';
import { localize, useLanguage } from '@/lib/i18n';
import type { LocalizedText } from '@/types/api';

interface StaleNoticeProps {
  current: SessionShape;
  mine: SessionShape;
  rooms: readonly Room[];
  tracks: readonly Track[];
  people: readonly AgendaPerson[];
  onUseTheirs: () => void;
  onApplyMine: () => void;
}

/**
 * Somebody else changed the session meanwhile: what it is now beside what this organiser sent,
 * field by field (the ones that differ marked), and the choice of keeping theirs or applying mine
 * on top of it.
 */
export function StaleNotice({
  current,
  mine,
  rooms,
  tracks,
  people,
  onUseTheirs,
  onApplyMine,
}: StaleNoticeProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bilingual = (value: LocalizedText | null) =>
    value ? [value['zh-Hant'], value.en].filter(Boolean).join(' / ') : '—';
  const languageName = (tag: string) =>
    tag === 'zh-Hant' || tag === 'en' ? t(`language.names.${tag}`) : tag || '—';
  const person = (id: string | null) => {
    if (!id) return '—';
    const found = people.find((candidate) => candidate.id === id);
    return found ? localize(found.name, language) : id;
  };
  const rows: { field: string; theirs: string; mine: string }[] = [
    { field: 'title', theirs: bilingual(current.title), mine: bilingual(mine.title) },
    { field: 'summary', theirs: bilingual(current.summary), mine: bilingual(mine.summary) },
    {
      field: 'type',
      theirs: current.type ? t(`programme.types.${current.type}` as 'programme.types.KEYNOTE') : '',
      mine: mine.type ? t(`programme.types.${mine.type}` as 'programme.types.KEYNOTE') : '',
    },
    {
      field: 'language',
      theirs: languageName(current.language),
      mine: languageName(mine.language),
    },
    {
      field: 'track',
      theirs: nameOf(tracks, current.trackId),
      mine: nameOf(tracks, mine.trackId),
    },
    { field: 'room', theirs: nameOf(rooms, current.roomId), mine: nameOf(rooms, mine.roomId) },
    {
      field: 'time',
      theirs: `${dayOf(current.startsAt)} ${timeOf(current.startsAt)}–${timeOf(current.endsAt)}`,
      mine: `${dayOf(mine.startsAt)} ${timeOf(mine.startsAt)}–${timeOf(mine.endsAt)}`,
    },
    {
      field: 'speakers',
      theirs: current.speakerIds.map(person).join(', ') || '—',
      mine: mine.speakerIds.map(person).join(', ') || '—',
    },
    { field: 'moderator', theirs: person(current.moderatorId), mine: person(mine.moderatorId) },
  ];
  return (
    <div className="stale-notice" role="alert" data-testid="stale-notice">
      <p className="stale-notice__title">{t('editor.stale.title')}</p>
      <table className="stale-notice__table">
        <caption className="visually-hidden">{t('editor.stale.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editor.stale.field')}</th>
            <th scope="col">{t('editor.stale.theirs')}</th>
            <th scope="col">{t('editor.stale.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.field}
              className={row.theirs !== row.mine ? 'stale-notice__changed' : undefined}
            >
              <th scope="row">
                {t(`editor.stale.fields.${row.field}` as 'editor.stale.fields.title')}
                {row.theirs !== row.mine && <span> ({t('editor.stale.differs')})</span>}
              </th>
              <td>{row.theirs}</td>
              <td>{row.mine}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onUseTheirs}>
          {t('editor.stale.useTheirs')}
        </button>
        <button type="button" className="button" onClick={onApplyMine}>
          {t('editor.stale.applyMine')}
        </button>
      </div>
    </div>
  );

  function nameOf(list: readonly { id: string; name: LocalizedText }[], id: string | null) {
    if (!id) return '—';
    const found = list.find((item) => item.id === id);
    return found ? localize(found.name, language) : id;
  }
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DraftSession } from '@/features/agenda/api/get-draft';
import type { AgendaPerson } from '@/features/agenda/api/get-people';
import type { Room } from '@/features/agenda/api/get-rooms';
import type { Track } from '@/features/agenda/api/get-tracks';
import type { SessionRequest } from '@/features/agenda/api/save-session';
import { personLabel, sessionTypes } from '@/features/agenda/utils/people';
import { at, dayOf, minutesOf, timeOf } from '@/features/agenda/utils/timetable';
import { MultiPickerField } from '@/components/ui/multi-picker-field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { localize, useLanguage } from '@/lib/i18n';

interface SessionFormProps {
  /** The session edited, or null for a new one. */
  session: DraftSession | null;
  days: readonly string[];
  defaultDay: string;
  rooms: readonly Room[];
  tracks: readonly Track[];
  people: readonly AgendaPerson[];
  pending: boolean;
  onSubmit: (request: SessionRequest) => void;
  onCancel: () => void;
  /** Cancels the session (takes it out of the draft). */
  onRemove?: (() => void) | undefined;
}

function orNull(zhHant: string, en: string) {
  return zhHant.trim() || en.trim() ? { 'zh-Hant': zhHant.trim(), en: en.trim() } : null;
}

/**
 * Everything about a session without a mouse: both languages of its title and abstract, its type,
 * track and room, its day and times, and its speakers and moderator picked by name from the
 * delegates the agenda knows. Moving or resizing with the keyboard is changing the room or times
 * here.
 */
export function SessionForm({
  session,
  days,
  defaultDay,
  rooms,
  tracks,
  people,
  pending,
  onSubmit,
  onCancel,
  onRemove,
}: SessionFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [titleZh, setTitleZh] = useState(session?.title['zh-Hant'] ?? '');
  const [titleEn, setTitleEn] = useState(session?.title.en ?? '');
  const [summaryZh, setSummaryZh] = useState(session?.summary?.['zh-Hant'] ?? '');
  const [summaryEn, setSummaryEn] = useState(session?.summary?.en ?? '');
  const [type, setType] = useState<string>(session?.type ?? 'FORUM');
  const [sessionLanguage, setSessionLanguage] = useState<string>(session?.language ?? language);
  const [trackId, setTrackId] = useState(session?.trackId ?? '');
  const [roomId, setRoomId] = useState(session?.roomId ?? rooms[0]?.id ?? '');
  const [day, setDay] = useState(session ? dayOf(session.startsAt) : defaultDay);
  const [start, setStart] = useState(session ? timeOf(session.startsAt) : '09:00');
  const [end, setEnd] = useState(session ? timeOf(session.endsAt) : '10:00');
  const [speakerIds, setSpeakerIds] = useState<string[]>(session?.speakerIds ?? []);
  const [moderatorId, setModeratorId] = useState(session?.moderatorId ?? '');
  const [timeError, setTimeError] = useState(false);

  const people_ = people.map((person) => ({
    value: person.id,
    label: personLabel(person, language),
    keywords: `${person.name['zh-Hant']} ${person.name.en} ${person.cityId}`,
  }));

  const submit = () => {
    if (!start || !end || minutesOf(end) <= minutesOf(start)) {
      setTimeError(true);
      return;
    }
    setTimeError(false);
    onSubmit({
      title: { 'zh-Hant': titleZh.trim(), en: titleEn.trim() },
      summary: orNull(summaryZh, summaryEn),
      type,
      language: sessionLanguage,
      trackId: trackId || null,
      roomId,
      startsAt: at(day, minutesOf(start)),
      endsAt: at(day, minutesOf(end)),
      speakerIds,
      moderatorId: moderatorId || null,
      keepConflicts: false,
      version: session?.version ?? null,
    } as SessionRequest);
  };

  return (
    <form
      className="session-form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="session-form"
    >
      <h3 id={headingId} className="page__subtitle">
        {session
          ? t('editor.form.editTitle', { title: localize(session.title, language) })
          : t('editor.form.newTitle')}
      </h3>
      <div className="session-form__grid">
        <TextField
          label={t('editor.form.titleZh')}
          lang="zh-Hant"
          value={titleZh}
          onChange={(event) => {
            setTitleZh(event.target.value);
          }}
          data-testid="session-title-zh"
        />
        <TextField
          label={t('editor.form.titleEn')}
          lang="en"
          value={titleEn}
          onChange={(event) => {
            setTitleEn(event.target.value);
          }}
          data-testid="session-title-en"
        />
        <TextAreaField
          label={t('editor.form.summaryZh')}
          lang="zh-Hant"
          value={summaryZh}
          rows={2}
          onChange={(event) => {
            setSummaryZh(event.target.value);
          }}
        />
        <TextAreaField
          label={t('editor.form.summaryEn')}
          lang="en"
          value={summaryEn}
          rows={2}
          onChange={(event) => {
            setSummaryEn(event.target.value);
          }}
        />
        <SelectField
          label={t('editor.form.type')}
          value={type}
          options={sessionTypes.map((value) => ({
            value,
            label: t(`programme.types.${value}`),
          }))}
          onChange={setType}
        />
        <SelectField
          label={t('editor.form.language')}
          value={sessionLanguage}
          options={(['zh-Hant', 'en'] as const).map((value) => ({
            value,
            label: t(`language.names.${value}`),
          }))}
          onChange={setSessionLanguage}
          data-testid="session-language"
        />
        <SelectField
          label={t('editor.form.track')}
          value={trackId}
          options={[
            { value: '', label: t('editor.form.noTrack') },
            ...tracks.map((track) => ({ value: track.id, label: localize(track.name, language) })),
          ]}
          onChange={setTrackId}
        />
        <SelectField
          label={t('editor.form.room')}
          value={roomId}
          options={rooms.map((room) => ({ value: room.id, label: localize(room.name, language) }))}
          onChange={setRoomId}
          data-testid="session-room"
        />
        <SelectField
          label={t('editor.form.day')}
          value={day}
          options={days.map((value) => ({ value, label: value }))}
          onChange={setDay}
          data-testid="session-day"
        />
        <TextField
          label={t('editor.form.start')}
          type="time"
          step={300}
          value={start}
          onChange={(event) => {
            setStart(event.target.value);
          }}
          data-testid="session-start"
        />
        <TextField
          label={t('editor.form.end')}
          type="time"
          step={300}
          value={end}
          onChange={(event) => {
            setEnd(event.target.value);
          }}
          error={timeError ? t('editor.form.endBeforeStart') : undefined}
          data-testid="session-end"
        />
      </div>
      <MultiPickerField
        label={t('editor.form.speakers')}
        hint={t('editor.form.speakersHint')}
        values={speakerIds}
        choices={people_}
        onChange={setSpeakerIds}
        data-testid="session-speakers"
      />
      <SelectField
        label={t('editor.form.moderator')}
        value={moderatorId}
        options={[{ value: '', label: t('editor.form.noModerator') }, ...people_]}
        onChange={setModeratorId}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending} data-testid="session-save">
          {pending ? t('editor.form.saving') : t('editor.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('editor.form.close')}
        </button>
        {onRemove && (
          <button type="button" className="button button--danger" onClick={onRemove}>
            {t('editor.form.remove')}
          </button>
        )}
      </div>
    </form>
  );
}

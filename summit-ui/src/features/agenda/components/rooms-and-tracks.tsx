import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { TextField } from '@/components/ui/text-field';
import { draftQueryKey } from '@/features/agenda/api/get-draft';
import { roomsQueryKey, type Room } from '@/features/agenda/api/get-rooms';
import { tracksQueryKey, type Track } from '@/features/agenda/api/get-tracks';
import { saveRoom, type RoomRequest } from '@/features/agenda/api/save-room';
import { saveTrack, type TrackRequest } from '@/features/agenda/api/save-track';
import { localize, useLanguage } from '@/lib/i18n';

interface RoomsAndTracksProps {
  summitId: string;
  rooms: readonly Room[];
  tracks: readonly Track[];
}

/** The rooms (capacity, interpretation, opening hours) and tracks of the programme, each added or edited in a form. */
export function RoomsAndTracks({ summitId, rooms, tracks }: RoomsAndTracksProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [room, setRoom] = useState<Room | 'new' | null>(null);
  const [track, setTrack] = useState<Track | 'new' | null>(null);
  return (
    <section aria-labelledby={headingId} className="rooms-tracks">
      <h3 id={headingId} className="page__subtitle">
        {t('editor.rooms.title')}
      </h3>
      <ul className="rooms-tracks__list">
        {rooms.map((candidate) => (
          <li key={candidate.id}>
            {localize(candidate.name, language)} ·{' '}
            {t('editor.rooms.capacityShort', { count: candidate.capacity })}
            {candidate.interpretation ? ` · ${t('editor.rooms.interpretationShort')}` : ''}
            {candidate.opensAt && candidate.closesAt
              ? ` · ${candidate.opensAt.slice(0, 5)}–${candidate.closesAt.slice(0, 5)}`
              : ''}{' '}
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => {
                setRoom(candidate);
              }}
              aria-label={t('editor.rooms.edit', { name: localize(candidate.name, language) })}
            >
              {t('editor.grid.editShort')}
            </button>
          </li>
        ))}
      </ul>
      {room ? (
        <RoomForm
          key={room === 'new' ? 'new' : room.id}
          summitId={summitId}
          room={room === 'new' ? null : room}
          onDone={() => {
            setRoom(null);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setRoom('new');
          }}
        >
          {t('editor.rooms.add')}
        </button>
      )}
      <h3 className="page__subtitle">{t('editor.tracks.title')}</h3>
      <ul className="rooms-tracks__list">
        {tracks.map((candidate) => (
          <li key={candidate.id}>
            {localize(candidate.name, language)}{' '}
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => {
                setTrack(candidate);
              }}
              aria-label={t('editor.tracks.edit', { name: localize(candidate.name, language) })}
            >
              {t('editor.grid.editShort')}
            </button>
          </li>
        ))}
      </ul>
      {track ? (
        <TrackForm
          key={track === 'new' ? 'new' : track.id}
          summitId={summitId}
          track={track === 'new' ? null : track}
          onDone={() => {
            setTrack(null);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setTrack('new');
          }}
        >
          {t('editor.tracks.add')}
        </button>
      )}
    </section>
  );
}

function RoomForm({
  summitId,
  room,
  onDone,
}: {
  summitId: string;
  room: Room | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [nameZh, setNameZh] = useState(room?.name['zh-Hant'] ?? '');
  const [nameEn, setNameEn] = useState(room?.name.en ?? '');
  const [capacity, setCapacity] = useState(String(room?.capacity ?? 100));
  const [interpretation, setInterpretation] = useState(room?.interpretation ?? false);
  const [opensAt, setOpensAt] = useState(room?.opensAt?.slice(0, 5) ?? '');
  const [closesAt, setClosesAt] = useState(room?.closesAt?.slice(0, 5) ?? '');
  const save = useMutation({
    mutationFn: (request: RoomRequest) => saveRoom(summitId, room?.id ?? null, request),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: roomsQueryKey(summitId) });
      await queryClient.invalidateQueries({ queryKey: draftQueryKey(summitId) });
      onDone();
    },
  });
  const submit = () => {
    save.mutate({
      name: { 'zh-Hant': nameZh.trim(), en: nameEn.trim() },
      capacity: Number(capacity),
      interpretation,
      opensAt: opensAt || null,
      closesAt: closesAt || null,
      version: room?.version ?? null,
    });
  };
  return (
    <form
      className="session-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-label={t('editor.rooms.form')}
    >
      <div className="session-form__grid">
        <TextField
          label={t('editor.rooms.nameZh')}
          lang="zh-Hant"
          value={nameZh}
          onChange={(event) => {
            setNameZh(event.target.value);
          }}
        />
        <TextField
          label={t('editor.rooms.nameEn')}
          lang="en"
          value={nameEn}
          onChange={(event) => {
            setNameEn(event.target.value);
          }}
        />
        <TextField
          label={t('editor.rooms.capacity')}
          type="number"
          min={1}
          value={capacity}
          onChange={(event) => {
            setCapacity(event.target.value);
          }}
        />
        <CheckboxField
          label={t('editor.rooms.interpretation')}
          checked={interpretation}
          onChange={(event) => {
            setInterpretation(event.target.checked);
          }}
        />
        <TextField
          label={t('editor.rooms.opensAt')}
          type="time"
          step={300}
          value={opensAt}
          onChange={(event) => {
            setOpensAt(event.target.value);
          }}
        />
        <TextField
          label={t('editor.rooms.closesAt')}
          type="time"
          step={300}
          value={closesAt}
          onChange={(event) => {
            setClosesAt(event.target.value);
          }}
        />
      </div>
      {save.error && <ErrorMessage error={save.error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('editor.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('editor.form.close')}
        </button>
      </div>
    </form>
  );
}

function TrackForm({
  summitId,
  track,
  onDone,
}: {
  summitId: string;
  track: Track | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [nameZh, setNameZh] = useState(track?.name['zh-Hant'] ?? '');
  const [nameEn, setNameEn] = useState(track?.name.en ?? '');
  const save = useMutation({
    mutationFn: (request: TrackRequest) => saveTrack(summitId, track?.id ?? null, request),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: tracksQueryKey(summitId) });
      onDone();
    },
  });
  const submit = () => {
    save.mutate({
      name: { 'zh-Hant': nameZh.trim(), en: nameEn.trim() },
      version: track?.version ?? null,
    });
  };
  return (
    <form
      className="session-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-label={t('editor.tracks.form')}
    >
      <div className="session-form__grid">
        <TextField
          label={t('editor.tracks.nameZh')}
          lang="zh-Hant"
          value={nameZh}
          onChange={(event) => {
            setNameZh(event.target.value);
          }}
        />
        <TextField
          label={t('editor.tracks.nameEn')}
          lang="en"
          value={nameEn}
          onChange={(event) => {
            setNameEn(event.target.value);
          }}
        />
      </div>
      {save.error && <ErrorMessage error={save.error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('editor.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('editor.form.close')}
        </button>
      </div>
    </form>
  );
}

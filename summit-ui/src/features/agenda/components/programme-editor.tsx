import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import type { PublishedAgenda } from '@/features/agenda/api/get-agenda';
import type { Summit } from '@/features/agenda/api/get-current-summit';
import {
  draftQueryKey,
  useDraft,
  type Draft,
  type DraftSession,
} from '@/features/agenda/api/get-draft';
import { usePeople } from '@/features/agenda/api/get-people';
import { useRooms } from '@/features/agenda/api/get-rooms';
import { useTracks } from '@/features/agenda/api/get-tracks';
import { cancelSession } from '@/features/agenda/api/cancel-session';
import { moveSession } from '@/features/agenda/api/move-session';
import { publishRelease } from '@/features/agenda/api/publish-release';
import { saveSession, type SessionRequest } from '@/features/agenda/api/save-session';
import { ConflictReasons, type CodedConflict } from '@/features/agenda/components/conflict-reasons';
import { RoomsAndTracks } from '@/features/agenda/components/rooms-and-tracks';
import { SessionForm } from '@/features/agenda/components/session-form';
import { StaleNotice } from '@/features/agenda/components/stale-notice';
import { TimetableGrid } from '@/features/agenda/components/timetable-grid';
import '@/features/agenda/components/programme-editor.css';
import { readableArgs } from '@/features/agenda/utils/conflicts';
import { currentSessionOf, type SessionShape } from '@/features/agenda/utils/stale';
import { dayOf, daysBetween, hoursOf, type Placement } from '@/features/agenda/utils/timetable';
import { ApiError } from '@/lib/api-client';
import { intlLocale, localize, useLanguage } from '@/lib/i18n';
import { useProblemText } from '@/lib/problem-text';
import type { LocalizedText } from '@/types/api';

/** A change the server answered with 409: what was sent, so that it can be kept anyway or sent again. */
type Attempt =
  | { kind: 'move'; session: DraftSession; placement: Placement }
  | { kind: 'save'; session: DraftSession | null; request: SessionRequest };

type Refusal =
  | { reason: 'conflicts'; attempt: Attempt; conflicts: CodedConflict[] }
  | { reason: 'stale'; attempt: Attempt; current: SessionShape };

function shapeOf(attempt: Attempt): SessionShape {
  if (attempt.kind === 'move') {
    return { ...attempt.session, ...attempt.placement };
  }
  const request = attempt.request;
  return {
    title: request.title ?? {},
    summary: request.summary ?? null,
    type: request.type ?? '',
    language: request.language ?? '',
    trackId: request.trackId ?? null,
    roomId: request.roomId ?? '',
    startsAt: request.startsAt ?? '',
    endsAt: request.endsAt ?? '',
    speakerIds: request.speakerIds ?? [],
    moderatorId: request.moderatorId ?? null,
    version: request.version ?? 0,
  };
}

/**
 * The organisers' programme editor: the draft of each day as a timetable to drag sessions in,
 * each session showing its conflicts; a form that does the same without a mouse; every conflict
 * of the draft; rooms and tracks; and publishing the next release.
 */
export function ProgrammeEditor({ summit }: { summit: Summit }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const summitId = summit.id;
  const draft = useDraft(summitId);
  const rooms = useRooms(summitId);
  const tracks = useTracks(summitId);
  const people = usePeople(summitId);
  const days = daysBetween(summit.startsOn, summit.endsOn);
  const [day, setDay] = useState(days[0] ?? summit.startsOn);
  const [editing, setEditing] = useState<DraftSession | 'new' | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // Kept as what happened, not as text, so that it reads in the language chosen afterwards too.
  const [notice, setNotice] = useState<{ kind: 'moved' | 'saved'; title: LocalizedText } | null>(
    null,
  );
  const headingId = useId();
  const conflictsHeadingId = useId();

  const refresh = () => queryClient.invalidateQueries({ queryKey: draftQueryKey(summitId) });

  const change = useMutation({
    mutationFn: ({
      attempt,
      keep,
      version,
    }: {
      attempt: Attempt;
      keep: boolean;
      version?: number;
    }) =>
      attempt.kind === 'move'
        ? moveSession(summitId, attempt.session.id, {
            ...attempt.placement,
            version: version ?? attempt.session.version,
            keepConflicts: keep,
          })
        : saveSession(summitId, attempt.session?.id ?? null, {
            ...attempt.request,
            keepConflicts: keep,
            version: attempt.session ? (version ?? attempt.session.version) : null,
          }),
    onSuccess: (saved, { attempt }) => {
      // The answer is the session as stored, with its conflicts: show it at once, then the
      // conflicts it made or ended for other sessions.
      queryClient.setQueryData<Draft>(draftQueryKey(summitId), (before) =>
        before
          ? {
              ...before,
              sessions: [
                ...before.sessions.filter((session) => session.id !== saved.id),
                saved,
              ].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
            }
          : before,
      );
      setRefusal(null);
      setNotice({ kind: attempt.kind === 'move' ? 'moved' : 'saved', title: saved.title });
      if (attempt.kind === 'save') setEditing(null);
      void refresh();
    },
    onError: (error, { attempt }) => {
      setNotice(null);
      if (error instanceof ApiError && error.status === 409) {
        const problem = error.problem;
        if (problem?.code === 'agenda.conflicts') {
          setRefusal({
            reason: 'conflicts',
            attempt,
            conflicts: (problem.errors ?? []).map((entry) => ({
              code: entry.code,
              args: entry.args,
              severity: 'HARD',
            })),
          });
          return;
        }
        const current = problem?.code === 'version.stale' ? currentSessionOf(problem.args) : null;
        if (current) {
          setRefusal({ reason: 'stale', attempt, current });
          return;
        }
      }
    },
  });

  const remove = useMutation({
    mutationFn: (session: DraftSession) => cancelSession(summitId, session.id, session.version),
    onSuccess: () => {
      setEditing(null);
      void refresh();
    },
  });

  const publish = useMutation({
    mutationFn: () => publishRelease(summitId),
    onSuccess: () => void refresh(),
  });

  if (draft.isPending || rooms.isPending || tracks.isPending || people.isPending) {
    return <p role="status">{t('editor.loading')}</p>;
  }
  const failed = draft.error ?? rooms.error ?? tracks.error ?? people.error;
  if (failed || !draft.data || !rooms.data || !tracks.data || !people.data) {
    return <ErrorMessage error={failed ?? new Error()} onRetry={() => void draft.refetch()} />;
  }

  const sessions = draft.data.sessions;
  const ofDay = sessions.filter((session) => dayOf(session.startsAt) === day);
  const nextRelease = draft.data.latestRelease + 1;
  const dayLabel = (value: string) =>
    new Date(`${value}T12:00:00Z`).toLocaleDateString(intlLocale(language), {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
  const goTo = (sessionId: unknown) => {
    const session = sessions.find((candidate) => candidate.id === sessionId);
    if (session) {
      setDay(dayOf(session.startsAt));
      setEditing(session);
      // After the day's grid is shown: bring the session into view and focus it.
      window.setTimeout(() => {
        const element = document.getElementById(`session-${session.id}`);
        // jsdom has no layout, and so no scrollIntoView.
        if (typeof element?.scrollIntoView === 'function') {
          element.scrollIntoView({ block: 'center' });
        }
        element?.querySelector('button')?.focus();
      }, 0);
    }
  };
  const titleOf = (sessionId: string) => {
    const session = sessions.find((candidate) => candidate.id === sessionId);
    return session ? localize(session.title, language) : '';
  };
  const attemptOf = (request: SessionRequest): Attempt => ({
    kind: 'save',
    session: editing === 'new' ? null : editing,
    request,
  });

  return (
    <div className="programme-editor" data-testid="programme-editor">
      <div className="programme-editor__bar">
        <h2 id={headingId} className="page__subtitle">
          {t('editor.draft', { release: draft.data.latestRelease })}
        </h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            publish.mutate();
          }}
          disabled={publish.isPending}
          data-testid="publish"
        >
          {publish.isPending
            ? t('editor.publish.publishing')
            : t('editor.publish.button', { release: nextRelease })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setEditing('new');
          }}
          data-testid="add-session"
        >
          {t('editor.addSession')}
        </button>
      </div>
      <PublishOutcome
        published={publish.data}
        error={publish.error}
        onChoose={(conflict) => {
          goTo(conflict.args?.sessionId);
        }}
        titleOf={titleOf}
      />
      <div role="status" aria-live="polite" className="programme-editor__notice">
        {notice && t(`editor.${notice.kind}`, { title: localize(notice.title, language) })}
      </div>
      {refusal?.reason === 'conflicts' && (
        <div className="refusal" role="alert" data-testid="conflict-refusal">
          <p className="refusal__title">
            {problemText({ code: 'agenda.conflicts', args: { count: refusal.conflicts.length } })}
          </p>
          <ConflictReasons conflicts={refusal.conflicts} />
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                change.mutate({ attempt: refusal.attempt, keep: true });
              }}
              data-testid="keep-conflicts"
            >
              {t('editor.keep')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setRefusal(null);
              }}
              data-testid="undo-change"
            >
              {t('editor.undo')}
            </button>
          </div>
        </div>
      )}
      {refusal?.reason === 'stale' && (
        <StaleNotice
          current={refusal.current}
          mine={shapeOf(refusal.attempt)}
          rooms={rooms.data}
          tracks={tracks.data}
          people={people.data}
          onUseTheirs={() => {
            setRefusal(null);
            setEditing(null);
            void refresh();
          }}
          onApplyMine={() => {
            change.mutate({
              attempt: refusal.attempt,
              keep: false,
              version: refusal.current.version,
            });
          }}
        />
      )}
      {change.error && !refusal && <ErrorMessage error={change.error} />}
      {remove.error && <ErrorMessage error={remove.error} />}
      <div className="programme-editor__main">
        <div className="programme-editor__grid">
          <div role="tablist" aria-label={t('editor.days')} className="day-tabs">
            {days.map((value) => (
              <button
                key={value}
                type="button"
                role="tab"
                aria-selected={value === day}
                className={value === day ? 'day-tabs__tab day-tabs__tab--active' : 'day-tabs__tab'}
                onClick={() => {
                  setDay(value);
                }}
                data-testid={`day-${value}`}
              >
                {dayLabel(value)}
              </button>
            ))}
          </div>
          <div role="tabpanel" aria-label={dayLabel(day)} className="programme-editor__scroll">
            <TimetableGrid
              day={day}
              rooms={rooms.data}
              sessions={ofDay}
              hours={hoursOf(ofDay, rooms.data)}
              selectedId={editing && editing !== 'new' ? editing.id : null}
              onEdit={(session) => {
                setEditing(session);
              }}
              onPlace={(session, placement) => {
                change.mutate({ attempt: { kind: 'move', session, placement }, keep: false });
              }}
            />
          </div>
        </div>
        <aside className="programme-editor__side" aria-labelledby={conflictsHeadingId}>
          <h3 id={conflictsHeadingId} className="page__subtitle">
            {t('editor.conflicts.title', { count: draft.data.conflicts.length })}
          </h3>
          {draft.data.conflicts.length === 0 ? (
            <p>{t('editor.conflicts.none')}</p>
          ) : (
            <div data-testid="draft-conflicts">
              <ConflictReasons
                conflicts={draft.data.conflicts}
                onChoose={(conflict) => {
                  goTo(conflict.args?.sessionId);
                }}
              />
            </div>
          )}
        </aside>
      </div>
      {editing && (
        <SessionForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          session={editing === 'new' ? null : editing}
          days={days}
          defaultDay={day}
          rooms={rooms.data}
          tracks={tracks.data}
          people={people.data}
          pending={change.isPending}
          onSubmit={(request) => {
            change.mutate({ attempt: attemptOf(request), keep: false });
          }}
          onCancel={() => {
            setEditing(null);
          }}
          onRemove={
            editing === 'new'
              ? undefined
              : () => {
                  remove.mutate(editing);
                }
          }
        />
      )}
      <RoomsAndTracks summitId={summitId} rooms={rooms.data} tracks={tracks.data} />
    </div>
  );
}

function PublishOutcome({
  published,
  error,
  onChoose,
  titleOf,
}: {
  published: PublishedAgenda | undefined;
  error: Error | null;
  onChoose: (conflict: CodedConflict) => void;
  titleOf: (sessionId: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const problemText = useProblemText();
  if (error instanceof ApiError && error.problem?.code === 'agenda.publish.blocked') {
    const blocking = (error.problem.errors ?? []).map((entry) => ({
      code: entry.code,
      args: entry.args,
      severity: 'HARD',
    }));
    return (
      <div className="refusal" role="alert" data-testid="publish-blocked">
        <p className="refusal__title">
          {problemText({ code: error.problem.code, args: error.problem.args })}
        </p>
        <ul className="conflict-list">
          {blocking.map((conflict, index) => (
            <li key={index} className="conflict-list__item">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onChoose(conflict);
                }}
                data-testid="blocking-problem"
              >
                {t('editor.publish.entry', {
                  title: titleOf(
                    typeof conflict.args?.sessionId === 'string' ? conflict.args.sessionId : '',
                  ),
                  reason: problemText({ code: conflict.code, args: readableArgs(conflict.args) }),
                })}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (error) {
    return <ErrorMessage error={error} />;
  }
  if (!published) return null;
  return (
    <div className="notice notice--success" role="status" data-testid="published">
      <p className="refusal__title">{t('editor.publish.done', { release: published.release })}</p>
      <ul className="changelog">
        {published.changes.map((entry) => (
          <li key={`${entry.kind}-${entry.sessionId}`} data-kind={entry.kind}>
            <strong>{t(`editor.changes.${entry.kind}` as 'editor.changes.ADDED')}</strong>{' '}
            {t('editor.publish.entry', {
              title: localize(entry.title, language),
              reason: localize(entry.description, language),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

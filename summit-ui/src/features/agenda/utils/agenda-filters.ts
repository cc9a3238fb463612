import type { PublishedAgenda, PublishedSession } from '@/features/agenda/api/get-agenda';
import { convert, type WallTime } from '@/features/agenda/utils/zoned-time';

/** The languages a session can be followed in. */
export const sessionLanguages = ['zh-Hant', 'en'] as const;
export type SessionLanguage = (typeof sessionLanguages)[number];

export type AgendaView = 'grid' | 'list';

/** What the agenda page shows, kept in its URL's query so that a link keeps it. */
export interface AgendaFilters {
  view: AgendaView;
  day: string | null;
  track: string | null;
  room: string | null;
  city: string | null;
  language: SessionLanguage | null;
  /** Times on the viewer's own clock instead of the summit's. */
  myZone: boolean;
}

const keys = {
  view: 'view',
  day: 'day',
  track: 'track',
  room: 'room',
  city: 'city',
  language: 'lang',
  myZone: 'tz',
} as const;

function isSessionLanguage(value: string | null): value is SessionLanguage {
  return value !== null && (sessionLanguages as readonly string[]).includes(value);
}

export function readFilters(params: URLSearchParams): AgendaFilters {
  const language = params.get(keys.language);
  return {
    view: params.get(keys.view) === 'grid' ? 'grid' : 'list',
    day: params.get(keys.day),
    track: params.get(keys.track),
    room: params.get(keys.room),
    city: params.get(keys.city),
    language: isSessionLanguage(language) ? language : null,
    myZone: params.get(keys.myZone) === 'mine',
  };
}

/** `params` with `change` applied; defaults are left out so that plain links stay plain. */
export function writeFilters(
  params: URLSearchParams,
  change: Partial<AgendaFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readFilters(params), ...change };
  const values: Record<keyof AgendaFilters, string | null> = {
    view: merged.view === 'grid' ? 'grid' : null,
    day: merged.day,
    track: merged.track,
    room: merged.room,
    city: merged.city,
    language: merged.language,
    myZone: merged.myZone ? 'mine' : null,
  };
  for (const [name, value] of Object.entries(values)) {
    const key = keys[name as keyof AgendaFilters];
    if (value === null || value === '') {
      next.delete(key);
    } else {
      next.set(key, value);
    }
  }
  return next;
}

/**
 * The languages `session` can be followed in: both in a room with interpretation, else the one it
 * is held in; `null` where the release does not say (releases from before sessions had a
 * language): such a session is never filtered out.
 */
export function languagesOf(
  session: PublishedSession,
  interpretation: boolean,
): readonly SessionLanguage[] | null {
  if (interpretation) {
    return sessionLanguages;
  }
  return isSessionLanguage(session.language) ? [session.language] : null;
}

/** Every city of a speaker or the moderator of `session`. */
export function citiesOf(session: PublishedSession): string[] {
  const cities = session.speakers.map((speaker) => speaker.cityId);
  if (session.moderator) {
    cities.push(session.moderator.cityId);
  }
  return cities;
}

/** A session of the programme with its times as the viewer's chosen clock shows them. */
export interface ShownSession {
  session: PublishedSession;
  start: WallTime;
  end: WallTime;
}

/**
 * The sessions that pass `filters`, with their times in `zone`, in order of start then room; and
 * the days of the whole programme in that zone (filters do not take a day away).
 */
export function showSessions(
  agenda: PublishedAgenda,
  filters: AgendaFilters,
  zone: string,
): { days: string[]; sessions: ShownSession[] } {
  const interpretation = new Map(agenda.rooms.map((room) => [room.id, room.interpretation]));
  const shown: ShownSession[] = [];
  const days = new Set<string>();
  for (const session of agenda.sessions) {
    const start = convert(session.startsAt, agenda.timeZone, zone);
    days.add(start.day);
    if (filters.track !== null && session.trackId !== filters.track) continue;
    if (filters.room !== null && session.roomId !== filters.room) continue;
    if (filters.city !== null && !citiesOf(session).includes(filters.city)) continue;
    if (filters.language !== null) {
      const languages = languagesOf(session, interpretation.get(session.roomId) ?? false);
      if (languages !== null && !languages.includes(filters.language)) continue;
    }
    shown.push({
      session,
      start,
      end: convert(session.endsAt, agenda.timeZone, zone),
    });
  }
  shown.sort(
    (a, b) =>
      a.start.day.localeCompare(b.start.day) ||
      a.start.minutes - b.start.minutes ||
      a.session.roomId.localeCompare(b.session.roomId),
  );
  return { days: [...days].sort(), sessions: shown };
}

import type { LocalizedText } from '@/types/api';

/** A session's content, as the draft holds it and as an edit sends it. */
export interface SessionShape {
  title: LocalizedText;
  summary: LocalizedText | null;
  type: string;
  language: string;
  trackId: string | null;
  roomId: string;
  startsAt: string;
  endsAt: string;
  speakerIds: readonly string[];
  moderatorId: string | null;
  version: number;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The session as it now is, from the args of a 409 `version.stale` (`currentSession`), if it came. */
export function currentSessionOf(args: Record<string, unknown> | undefined): SessionShape | null {
  const current = args?.currentSession;
  if (typeof current !== 'object' || current === null) return null;
  const session = current as Record<string, unknown>;
  const roomId = text(session.roomId);
  const startsAt = text(session.startsAt);
  const endsAt = text(session.endsAt);
  if (!roomId || !startsAt || !endsAt || typeof session.version !== 'number') return null;
  // LocalDateTime is written without seconds when they are zero; the draft writes them.
  const seconds = (value: string) => (value.length === 16 ? `${value}:00` : value);
  return {
    title: session.title ?? {},
    summary: session.summary ?? null,
    type: text(session.type) ?? '',
    language: text(session.language) ?? '',
    trackId: text(session.trackId) ?? null,
    roomId,
    startsAt: seconds(startsAt),
    endsAt: seconds(endsAt),
    speakerIds: Array.isArray(session.speakerIds) ? session.speakerIds.map(String) : [],
    moderatorId: text(session.moderatorId) ?? null,
    version: session.version,
  };
}

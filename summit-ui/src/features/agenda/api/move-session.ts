import { agendaBase, type DraftSession } from '@/features/agenda/api/get-draft';
import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** What a drag or a resize sends: the new room and times, the version moved, and whether to keep hard conflicts. */
export type MoveRequest = Schemas['MoveRequest'];

/**
 * Moves or resizes a session of the draft; answers with the session and its conflicts. A hard
 * conflict is a 409 `agenda.conflicts` unless `keepConflicts`; an outdated version a 409
 * `version.stale` carrying the session as it now is.
 */
export function moveSession(
  summitId: string,
  sessionId: string,
  move: MoveRequest,
): Promise<DraftSession> {
  return sendJson<DraftSession>(
    'POST',
    `${agendaBase(summitId)}/sessions/${encodeURIComponent(sessionId)}/move`,
    move,
  );
}

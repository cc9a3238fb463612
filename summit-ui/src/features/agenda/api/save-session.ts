import { agendaBase, type DraftSession } from '@/features/agenda/api/get-draft';
import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** A session as the form sends it (with `version` when revising). */
export type SessionRequest = Schemas['SessionRequest'];

/** Adds a session to the draft (`POST …/sessions`), or revises one (`PUT …/sessions/{id}`). */
export function saveSession(
  summitId: string,
  sessionId: string | null,
  session: SessionRequest,
): Promise<DraftSession> {
  return sessionId === null
    ? sendJson<DraftSession>('POST', `${agendaBase(summitId)}/sessions`, session)
    : sendJson<DraftSession>(
        'PUT',
        `${agendaBase(summitId)}/sessions/${encodeURIComponent(sessionId)}`,
        session,
      );
}

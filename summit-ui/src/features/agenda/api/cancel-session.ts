import { agendaBase } from '@/features/agenda/api/get-draft';
import { send } from '@/lib/api-client';

/** Takes a session out of the draft (`DELETE …/sessions/{id}?version=`); the next release lists it as cancelled. */
export function cancelSession(summitId: string, sessionId: string, version: number): Promise<void> {
  return send(
    'DELETE',
    `${agendaBase(summitId)}/sessions/${encodeURIComponent(sessionId)}?version=${version}`,
  );
}

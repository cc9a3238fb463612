import { agendaBase } from '@/features/agenda/api/get-draft';
import type { PublishedAgenda } from '@/features/agenda/api/get-agenda';
import { sendJson } from '@/lib/api-client';

/**
 * Publishes the draft as the next release; answers with it and its changelog. Refused with 409
 * `agenda.publish.blocked` (every blocking problem in `errors[]`) or
 * `agenda.publish.nothing-changed`.
 */
export function publishRelease(summitId: string): Promise<PublishedAgenda> {
  return sendJson<PublishedAgenda>('POST', `${agendaBase(summitId)}/releases`);
}

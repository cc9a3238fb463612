import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson, hasStatus } from '@/lib/api-client';
import type { AccountRole, Narrowed, Schemas } from '@/types/api';

/** Who an invitation link is for, as `GET /api/invitations/{token}` returns it. */
export type Invitation = Narrowed<Schemas['InvitationController.Invited'], { role: AccountRole }>;

export const invitationPath = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** The invitation, or `null` when the link is unknown, already used or expired (404 or 410). */
export async function getInvitation(token: string, signal?: AbortSignal) {
  try {
    return await getJson<Invitation>(invitationPath(token), signal);
  } catch (error) {
    if (hasStatus(error, 404, 410)) {
      return null;
    }
    throw error;
  }
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['invitations', token],
    queryFn: ({ signal }) => getInvitation(token, signal),
  });

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}

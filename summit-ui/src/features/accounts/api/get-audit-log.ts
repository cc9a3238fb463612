import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** What the server records about logins, logouts, passwords and invitations. */
export const knownAuditActions = [
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'LOGIN_THROTTLED',
  'LOGOUT',
  'PASSWORD_CHANGED',
  'PASSWORD_CHANGE_FAILED',
  'PASSWORD_CHANGE_THROTTLED',
  'INVITATION_CREATED',
  'INVITATION_ACCEPTED',
  'ROLE_CHANGED',
  'ACCOUNT_DEACTIVATED',
  'ACCOUNT_REACTIVATED',
  'DEVICE_PAIRING_ISSUED',
  'DEVICE_PAIRED',
  'DEVICE_PAIRING_FAILED',
  'DEVICE_PAIRING_THROTTLED',
  'DEVICE_REVOKED',
  'ACCESS_DENIED',
  'CITY_WITHDRAWN',
  'CITIES_IMPORTED',
  'AGENDA_PUBLISHED',
  'AGENDA_FEED_ISSUED',
  'AGENDA_FEED_REVOKED',
  'DECLARATION_DRAFTED',
  'CEREMONY_PREPARED',
  'CEREMONY_OPENED',
  'SIGNATORY_CALLED',
  'SIGNATORY_MARKED_ABSENT',
  'SIGNATURE_CONFIRMED',
  'DECLARATION_SEALED',
] as const;

export type KnownAuditAction = (typeof knownAuditActions)[number];

/**
 * One entry of `GET /api/audit`: `action` is one of {@link knownAuditActions} or a newer one this
 * UI does not know yet; `outcome` is `ok`, `refused` or `wrong-credentials`; `details` holds the
 * values the sentence for the action needs, e.g. `{ "from": "staff", "to": "delegate" }` (the
 * document cannot say which, so they are read as unknown values).
 */
export type AuditEntry = Omit<Schemas['AccountController.AuditView'], 'details'> & {
  details: Record<string, unknown>;
};

export const auditLimit = 200;

export const auditPath = (limit: number) => `/api/audit?limit=${limit}`;

/** The latest `limit` entries of the audit log; organisers only. */
export function getAuditLog(limit: number, signal?: AbortSignal): Promise<AuditEntry[]> {
  return getJson<AuditEntry[]>(auditPath(limit), signal);
}

export const auditLogQueryOptions = (limit = auditLimit) =>
  queryOptions({
    queryKey: ['audit', { limit }],
    queryFn: ({ signal }) => getAuditLog(limit, signal),
    // Newest first, whatever order the server sends.
    select: (entries) => entries.toSorted((a, b) => Date.parse(b.at) - Date.parse(a.at)),
  });

export function useAuditLog(limit = auditLimit) {
  return useQuery(auditLogQueryOptions(limit));
}

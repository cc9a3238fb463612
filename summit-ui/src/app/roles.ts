import type { AccountRole } from '@/types/api';

/**
 * The people Summit serves, each with its own view, and the account roles that may open it. After
 * them come the views several roles share (the cities) or that serve one role's own needs (a
 * delegate's exchanges and profile, the organisers' mailbox); the navigation lists them in this
 * order. Everyone's notifications are behind the bell in the header, not in this list. The signatory tablet and the big
 * screen are no one's view: a paired device opens them without logging in (see the router).
 */
export const roles = [
  { id: 'organiser', path: '/organiser', allowed: ['organiser'] },
  { id: 'delegate', path: '/delegate', allowed: ['delegate'] },
  { id: 'exchanges', path: '/exchanges', allowed: ['delegate'] },
  { id: 'staff', path: '/staff', allowed: ['staff'] },
  { id: 'cities', path: '/cities', allowed: ['organiser', 'delegate', 'staff'] },
  { id: 'profile', path: '/profile', allowed: ['delegate'] },
  { id: 'mailbox', path: '/organiser/mailbox', allowed: ['organiser'] },
] as const satisfies readonly { id: string; path: string; allowed: readonly AccountRole[] }[];

export type Role = (typeof roles)[number];
export type RoleId = Role['id'];

/** The views that are tools, not a role's own page: they have no list of tasks to show. */
export type ToolViewId = Extract<RoleId, 'exchanges' | 'cities' | 'profile' | 'mailbox'>;

/** The views an account with `role` may open (none for an anonymous visitor). */
export function viewsFor(role: AccountRole | undefined): Role[] {
  return roles.filter((view) => role !== undefined && canOpen(view, role));
}

export function canOpen(view: Role, role: AccountRole): boolean {
  return (view.allowed as readonly AccountRole[]).includes(role);
}

/** Where an account lands after logging in. */
export function homeOf(role: AccountRole): string {
  switch (role) {
    case 'organiser':
      return '/organiser';
    case 'delegate':
      return '/delegate';
    case 'staff':
      return '/staff';
  }
}

export const paths = {
  login: '/login',
  account: '/account',
  organiserAccounts: '/organiser/accounts',
  organiserAudit: '/organiser/audit',
  organiserAgenda: '/organiser/agenda',
  organiserCeremony: '/organiser/ceremony',
  organiserExchanges: '/organiser/exchanges',
  organiserMailbox: '/organiser/mailbox',
  notifications: '/notifications',
  notificationPreferences: '/notifications/preferences',
  cities: '/cities',
  profile: '/profile',
} as const;

/** The public replay of a sealed ceremony. */
export function replayPath(ceremonyId: string): string {
  return `/replay/${encodeURIComponent(ceremonyId)}`;
}

/** The page of one city and its delegation. */
export function cityPath(id: string): string {
  return `${paths.cities}/${encodeURIComponent(id)}`;
}

/** `/login?next=…` for coming back to `next` after logging in. */
export function loginPath(next?: string): string {
  return next ? `${paths.login}?${new URLSearchParams({ next }).toString()}` : paths.login;
}

/**
 * The `next` parameter of the login page, if it is a path of this site. Anything else (another
 * host, `//evil.example`, `javascript:`) is ignored, so the link cannot send people elsewhere.
 */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  return next;
}

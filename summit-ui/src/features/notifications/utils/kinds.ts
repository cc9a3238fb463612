import type { Schemas } from '@/types/api';

/** What a notification or an e-mail is about: the stable codes the server sends. */
export type NoticeKind = Schemas['Notice']['kind'];

/** The kinds a person can choose about in their preferences. */
export type ChoosableKind = Schemas['NoticeChoice']['kind'];

/** Where an e-mail's delivery stands. */
export type MailState = Schemas['MailState'];

/** Every state an e-mail can be in, in the order the mailbox's filters list them. */
export const mailStates = [
  'PENDING',
  'SENT',
  'DIGEST',
  'KEPT',
  'DEAD',
] as const satisfies readonly MailState[];

/** The key of a state's count in the mailbox's counts. */
export function countKey(state: MailState): keyof Schemas['MailCounts'] {
  switch (state) {
    case 'PENDING':
      return 'pending';
    case 'SENT':
      return 'sent';
    case 'DIGEST':
      return 'digest';
    case 'KEPT':
      return 'kept';
    case 'DEAD':
      return 'dead';
  }
}

/**
 * A notification's link, if it is a path of this app: anything else (another host, `//…`,
 * `javascript:`) is not followed.
 */
export function appPath(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) {
    return null;
  }
  return link;
}

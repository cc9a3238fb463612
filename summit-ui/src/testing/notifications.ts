import type { Schemas } from '@/types/api';

/** A notification as `GET /api/notifications` lists it: the opening moved, unread. */
export function notice(fields: Partial<Schemas['Notice']> = {}): Schemas['Notice'] {
  return {
    id: '3b0f1c52-0000-4000-8000-000000000001',
    kind: 'session.changed',
    title: { 'zh-Hant': '開幕式時間變更', en: 'The opening ceremony moved' },
    body: {
      'zh-Hant': '開幕式改至 3 月 23 日 10:00，地點不變。',
      en: 'The opening ceremony is now on 23 March at 10:00, in the same room.',
    },
    link: '/account',
    createdAt: '2016-03-22T01:30:00Z',
    readAt: null,
    read: false,
    ...fields,
  };
}

/** An e-mail of the mailbox, without its content. */
export function mailSummary(fields: Partial<Schemas['MailSummary']> = {}): Schemas['MailSummary'] {
  return {
    id: '7c1d2e3f-0000-4000-8000-000000000001',
    recipient: 'delegate.orlando@summit.demo',
    kind: 'session.changed',
    language: 'en',
    subject: 'Your session moved',
    state: 'KEPT',
    attempts: 0,
    lastError: null,
    calendar: true,
    createdAt: '2016-03-22T01:30:00Z',
    nextAttemptAt: '2016-03-22T01:30:00Z',
    sentAt: null,
    ...fields,
  };
}

/** One e-mail as `GET /api/mailbox/{id}` returns it. */
export function mail(summary: Schemas['MailSummary']): Schemas['Mail'] {
  return {
    mail: summary,
    textBody: 'The opening ceremony is now on 23 March at 10:00.',
    htmlBody: '<p>The opening ceremony is now on <strong>23 March at 10:00</strong>.</p>',
    calendar: summary.calendar ? 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' : null,
  };
}

export const noCounts: Schemas['MailCounts'] = { pending: 0, sent: 0, digest: 0, kept: 0, dead: 0 };

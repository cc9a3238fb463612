import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { stubApi, type Handler } from '@/testing/fake-api';
import { mail, mailSummary, noCounts } from '@/testing/notifications';
import { codedProblemResponse, jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const kept = mailSummary();
const dead = mailSummary({
  id: '7c1d2e3f-0000-4000-8000-000000000002',
  recipient: 'delegate.eindhoven@summit.demo',
  kind: 'exchange.requested',
  language: 'zh-Hant',
  subject: '奧蘭多邀請貴市交流',
  state: 'DEAD',
  attempts: 5,
  lastError: '421 Service not available',
  calendar: false,
  createdAt: '2016-03-22T02:00:00Z',
});
const retried = { ...dead, state: 'PENDING' as const, attempts: 0, lastError: null };
const counts = { ...noCounts, kept: 1, dead: 1 };

function organiserServer(more: Record<string, Handler> = {}) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/mailbox?limit=100': () => jsonResponse({ mails: [dead, kept], counts }),
    'GET /api/mailbox?limit=100&state=DEAD': () => jsonResponse({ mails: [dead], counts }),
    [`GET /api/mailbox/${kept.id}`]: () => jsonResponse(mail(kept)),
    [`GET /api/mailbox/${dead.id}`]: () => jsonResponse(mail(dead)),
    [`POST /api/mailbox/${dead.id}/retry`]: () => jsonResponse(mail(retried)),
    ...more,
  });
}

describe('the mailbox', () => {
  it('lists the e-mails with their state, recipient, subject and time, and says why they are kept', async () => {
    organiserServer();
    renderApp({ route: '/organiser/mailbox', language: 'en' });

    const table = await screen.findByTestId('mailbox-table');
    const deadRow = within(table).getByTestId(`mail-${dead.id}`);
    expect(deadRow).toHaveTextContent('Could not be delivered');
    expect(deadRow).toHaveTextContent('delegate.eindhoven@summit.demo');
    expect(deadRow).toHaveTextContent('奧蘭多邀請貴市交流');
    expect(deadRow).toHaveTextContent('An exchange was requested of my city');
    // 02:00 UTC is 10:00 in Taipei.
    expect(deadRow).toHaveTextContent('10:00');
    expect(within(table).getByTestId(`mail-${kept.id}`)).toHaveTextContent('Kept, not sent');
    expect(screen.getByTestId('mailbox-kept-note')).toHaveTextContent(
      'With no SMTP server configured, Summit does not send e-mails',
    );
    expect(screen.getByRole('button', { name: 'All (2)' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('filters by state', async () => {
    const api = organiserServer();
    const { user } = renderApp({ route: '/organiser/mailbox', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Could not be delivered (1)' }));

    await waitFor(() => {
      expect(screen.queryByTestId(`mail-${kept.id}`)).not.toBeInTheDocument();
    });
    expect(screen.getByTestId(`mail-${dead.id}`)).toBeInTheDocument();
    expect(api.received('GET /api/mailbox?limit=100&state=DEAD')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Could not be delivered (1)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('opens an e-mail with its text, its HTML in a sandboxed frame and its calendar', async () => {
    organiserServer();
    const { user } = renderApp({ route: '/organiser/mailbox', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Your session moved' }));

    const detail = await screen.findByTestId('mail-detail');
    expect(within(detail).getByTestId('mail-text')).toHaveTextContent(
      'The opening ceremony is now on 23 March at 10:00.',
    );
    const frame = within(detail).getByTitle('The e-mail “Your session moved” as HTML');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', mail(kept).htmlBody);
    expect(within(detail).getByTestId('mail-calendar')).toHaveTextContent('BEGIN:VCALENDAR');
    expect(within(detail).queryByTestId('mail-retry')).not.toBeInTheDocument();
  });

  it('retries a dead letter', async () => {
    const api = organiserServer();
    const { user } = renderApp({
      route: `/organiser/mailbox?mail=${dead.id}`,
      language: 'zh-Hant',
    });

    const detail = await screen.findByTestId('mail-detail');
    expect(within(detail).getByTestId('mail-detail-error')).toHaveTextContent(
      '421 Service not available',
    );
    expect(within(detail).getByTestId('mail-dead')).toHaveTextContent(
      '已嘗試寄送此郵件 5 次後放棄',
    );
    await user.click(within(detail).getByRole('button', { name: '重試' }));

    expect(await screen.findByTestId('mail-retried')).toHaveTextContent('郵件已重新排入佇列');
    expect(within(detail).getByTestId('mail-detail-state')).toHaveTextContent('等候寄送');
    expect(within(detail).queryByTestId('mail-retry')).not.toBeInTheDocument();
    expect(api.received(`POST /api/mailbox/${dead.id}/retry`)).toHaveLength(1);
  });

  it('says why a retry was refused, in the reader language', async () => {
    organiserServer({
      [`POST /api/mailbox/${dead.id}/retry`]: () =>
        codedProblemResponse(409, 'mailbox.retry.not-dead', { state: 'PENDING' }),
    });
    const { user } = renderApp({ route: `/organiser/mailbox?mail=${dead.id}`, language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This e-mail is no longer a dead letter (PENDING)',
    );
  });

  it('is the organisers only', async () => {
    stubApi({ 'GET /api/session': () => jsonResponse(sessionOf('delegate')) });
    renderApp({ route: '/organiser/mailbox', language: 'en' });

    expect(await screen.findByTestId('role-forbidden')).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { signingRoll2016 } from '@/testing/ceremony';
import { stubApi } from '@/testing/fake-api';
import { jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

// Midday UTC, so that the date is the same in every time zone the tests may run in.
const entries = [
  {
    at: '2016-03-21T12:00:00Z',
    actor: null,
    action: 'LOGIN_FAILED',
    subject: 'mayor@orlando.example',
    clientAddress: '203.0.113.7',
    outcome: 'DENIED',
  },
  {
    at: '2016-03-23T12:30:15.123456Z',
    actor: 'organiser@summit.example',
    action: 'INVITATION_CREATED',
    subject: 'mayor@sf.example',
    clientAddress: '198.51.100.2',
    outcome: 'OK',
  },
  {
    at: '2016-03-22T12:00:00Z',
    actor: 'organiser@summit.example',
    action: 'SOMETHING_NEW',
    subject: 'x',
    clientAddress: '198.51.100.2',
    outcome: 'OK',
  },
];

function organiserServer() {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/audit?limit=200': () => jsonResponse(entries),
    'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
  });
}

const bodyRows = async (name: string) =>
  within(await screen.findByRole('table', { name }))
    .getAllByRole('row')
    .slice(1);

describe('the audit log', () => {
  it('is reached from the organiser view', async () => {
    organiserServer();
    const { user } = renderApp({ route: '/organiser', language: 'en' });

    await user.click(await screen.findByRole('link', { name: 'Audit log' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
  });

  it('lists the newest event first, with times and events in English', async () => {
    organiserServer();
    renderApp({ route: '/organiser/audit', language: 'en' });

    const rows = await bodyRows('Audit log');

    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Invitation created',
      'SOMETHING_NEW',
      'Login failed',
    ]);
    expect(rows[0]).toHaveTextContent(/23 Mar 2016, \d\d:\d\d:15/);
    expect(rows[2]).toHaveTextContent('Not logged in');
    expect(rows[2]).toHaveTextContent('203.0.113.7');
    expect(rows[0]?.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2016-03-23T12:30:15.123456Z',
    );
  });

  it('writes the times as Traditional Chinese does, after switching', async () => {
    organiserServer();
    const { user } = renderApp({ route: '/organiser/audit', language: 'en' });
    await bodyRows('Audit log');

    await user.click(screen.getByRole('button', { name: '中文' }));

    const rows = await bodyRows('稽核紀錄');
    expect(rows[0]).toHaveTextContent(/2016年3月23日/);
    expect(rows[0]).toHaveTextContent('建立邀請');
    expect(rows[2]).toHaveTextContent('未登入');
  });
});

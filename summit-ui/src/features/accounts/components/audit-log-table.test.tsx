import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { signingRoll2016 } from '@/testing/ceremony';
import { stubApi } from '@/testing/fake-api';
import { jsonResponse, sessionOf, taipei2016 } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const entries = [
  {
    at: '2016-03-21T12:00:00Z',
    actor: null,
    action: 'LOGIN_FAILED',
    subject: 'mayor@orlando.example',
    clientAddress: '203.0.113.7',
    outcome: 'wrong-credentials',
    details: {},
  },
  {
    at: '2016-03-23T12:30:15.123456Z',
    actor: 'organiser@summit.example',
    action: 'ROLE_CHANGED',
    subject: 'mayor@sf.example',
    clientAddress: '198.51.100.2',
    outcome: 'ok',
    details: { from: 'staff', to: 'delegate' },
  },
  {
    at: '2016-03-22T12:00:00Z',
    actor: 'organiser@summit.example',
    action: 'SOMETHING_NEW',
    subject: 'x',
    clientAddress: '198.51.100.2',
    outcome: 'ok',
    details: {},
  },
  {
    at: '2016-03-22T11:00:00Z',
    actor: 'organiser@summit.example',
    action: 'CITY_WITHDRAWN',
    subject: 'orlando',
    clientAddress: '198.51.100.2',
    outcome: 'ok',
    details: { city: { 'zh-Hant': '奧蘭多', en: 'Orlando' } },
  },
];

function organiserServer() {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/summits/current': () => jsonResponse(taipei2016),
    'GET /api/audit?limit=200': () => jsonResponse(entries),
    'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
  });
}

const bodyRows = async (name: string) =>
  within(await screen.findByRole('table', { name }))
    .getAllByRole('row')
    .slice(1);

const cells = (row: HTMLElement | undefined) =>
  row
    ? within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    : [];

describe('the audit log', () => {
  it('is reached from the organiser view', async () => {
    organiserServer();
    const { user } = renderApp({ route: '/organiser', language: 'en' });

    await user.click(await screen.findByRole('link', { name: 'Audit log' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
  });

  it('lists the newest event first, every action, detail and outcome in English', async () => {
    organiserServer();
    renderApp({ route: '/organiser/audit', language: 'en' });

    const rows = await bodyRows('Audit log');

    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Role changed',
      'SOMETHING_NEW',
      'City withdrawn',
      'Login failed',
    ]);
    expect(cells(rows[0]).slice(3)).toEqual([
      'mayor@sf.examplefrom Ceremony staff to Delegate',
      '198.51.100.2',
      'Done',
    ]);
    expect(cells(rows[2])[3]).toBe('orlandoOrlando');
    expect(cells(rows[3]).slice(1)).toEqual([
      'Not logged in',
      'Login failed',
      'mayor@orlando.example',
      '203.0.113.7',
      'Wrong e-mail or password',
    ]);
    expect(rows[0]?.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2016-03-23T12:30:15.123456Z',
    );
  });

  it("shows times in the summit's zone, or in the viewer's on request", async () => {
    organiserServer();
    const { user } = renderApp({ route: '/organiser/audit', language: 'en' });

    const rows = await bodyRows('Audit log');
    expect(rows[0]).toHaveTextContent('23 Mar 2016, 20:30:15');

    await user.click(screen.getByLabelText('Times in the summit’s zone (Asia/Taipei)'));

    const viewer = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
    expect(rows[0]).toHaveTextContent(viewer.format(new Date('2016-03-23T12:30:15Z')));
  });

  it('writes every part in Traditional Chinese after switching', async () => {
    organiserServer();
    const { user } = renderApp({ route: '/organiser/audit', language: 'en' });
    await bodyRows('Audit log');

    await user.click(screen.getByRole('button', { name: '中文' }));

    const rows = await bodyRows('稽核紀錄');
    expect(rows[0]).toHaveTextContent(/2016年3月23日/);
    expect(cells(rows[0]).slice(2)).toEqual([
      '變更角色',
      'mayor@sf.example由典禮工作人員改為與會代表',
      '198.51.100.2',
      '完成',
    ]);
    expect(cells(rows[2])[3]).toBe('orlando奧蘭多');
    expect(rows[3]).toHaveTextContent('未登入');
    expect(rows[3]).toHaveTextContent('電子郵件或密碼錯誤');
  });
});

describe('a throttled address in the audit log', () => {
  it('is one entry with the count of attempts refused, in both languages', async () => {
    stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('organiser')),
      'GET /api/summits/current': () => jsonResponse(taipei2016),
      'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
      'GET /api/audit?limit=200': () =>
        jsonResponse([
          {
            at: '2016-03-23T12:45:00Z',
            actor: 'mayor@orlando.example',
            action: 'LOGIN_THROTTLED',
            subject: 'mayor@orlando.example',
            clientAddress: '203.0.113.7',
            outcome: 'refused',
            details: { count: 300, first: '2016-03-23T12:30:00Z', last: '2016-03-23T12:44:00Z' },
          },
        ]),
    });
    const { user } = renderApp({ route: '/organiser/audit', language: 'en' });

    const [row] = await bodyRows('Audit log');
    expect(row).toHaveTextContent('Login blocked after too many attempts');
    expect(row).toHaveTextContent('300 attempts refused');

    await user.click(screen.getByRole('button', { name: '中文' }));

    const [translated] = await bodyRows('稽核紀錄');
    expect(translated).toHaveTextContent('已拒絕 300 次嘗試');
  });
});

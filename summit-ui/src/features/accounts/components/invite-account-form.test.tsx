import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { signingRoll2016 } from '@/testing/ceremony';
import { stubApi, type ReceivedRequest } from '@/testing/fake-api';
import { accounts, jsonResponse, refusedFieldsResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const listed = [
  { ...accounts.organiser, active: true },
  { ...accounts.delegate, active: false },
];

function organiserServer(invite?: (request: ReceivedRequest) => Response) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/accounts': () => jsonResponse(listed),
    'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
    ...(invite ? { 'POST /api/accounts/invitations': invite } : {}),
  });
}

const created = (request: ReceivedRequest) => {
  const body = request.body as { email: string; displayName: string; role: string };
  return jsonResponse(
    {
      account: { id: 'new-id', cityId: null, ...body },
      invitationLink: '/invitation/abc123',
      expiresAt: '2016-03-22T04:00:00Z',
    },
    201,
  );
};

describe('the accounts page', () => {
  it('is reached from the organiser view', async () => {
    organiserServer();
    const { user } = renderApp({ route: '/organiser', language: 'en' });

    await user.click(await screen.findByRole('link', { name: 'Accounts' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Accounts' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the organiser view' })).toHaveAttribute(
      'href',
      '/organiser',
    );
  });

  it('lists every account with its role, city and status', async () => {
    organiserServer();
    renderApp({ route: '/organiser/accounts', language: 'zh-Hant' });

    const table = await screen.findByRole('table', { name: '帳號' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Lin Mei-hua');
    expect(rows[1]).toHaveTextContent('主辦單位');
    expect(rows[1]).toHaveTextContent('啟用中');
    expect(rows[2]).toHaveTextContent('與會代表');
    expect(rows[2]).toHaveTextContent('orlando');
    expect(rows[2]).toHaveTextContent('未啟用');
  });

  it('offers the attending cities to choose the delegate from, and sends the chosen code', async () => {
    const api = stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('organiser')),
      'GET /api/accounts': () => jsonResponse(listed),
      'GET /api/cities': () =>
        jsonResponse([
          { id: 'orlando', name: { 'zh-Hant': '奧蘭多', en: 'Orlando' }, attending: true },
          {
            id: 'tel-aviv',
            name: { 'zh-Hant': '特拉維夫', en: 'Tel Aviv-Yafo' },
            attending: false,
          },
        ]),
      'POST /api/accounts/invitations': created,
    });
    const { user } = renderApp({ route: '/organiser/accounts', language: 'zh-Hant' });

    const city = await screen.findByRole('combobox', { name: '城市代碼' });
    expect(within(city).getByRole('option', { name: '奧蘭多 (orlando)' })).toBeInTheDocument();
    expect(within(city).queryByRole('option', { name: /tel-aviv/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('電子郵件地址'), 'mayor@orlando.example');
    await user.type(screen.getByLabelText('顯示名稱'), 'Robert Hayes');
    await user.selectOptions(city, 'orlando');
    await user.click(screen.getByRole('button', { name: '建立邀請' }));

    await screen.findByTestId('invitation-created');
    const [invite] = api.received('POST /api/accounts/invitations');
    expect(invite?.body).toMatchObject({ role: 'delegate', cityId: 'orlando' });
  });

  it('invites a delegate with the CSRF token and shows the whole link to send', async () => {
    const api = organiserServer(created);
    const { user } = renderApp({ route: '/organiser/accounts', language: 'en' });

    await user.type(await screen.findByLabelText('E-mail address'), 'mayor@sf.example');
    await user.type(screen.getByLabelText('Display name'), 'Ed Lee');
    await user.selectOptions(screen.getByLabelText('Role'), 'Delegate');
    await user.type(screen.getByLabelText('City id'), 'san-francisco');
    await user.click(screen.getByRole('button', { name: 'Create the invitation' }));

    const link = await screen.findByLabelText('Invitation link');
    expect(link).toHaveValue(`${window.location.origin}/invitation/abc123`);
    expect(screen.getByTestId('invitation-created')).toHaveTextContent(
      'The invitation for Ed Lee is ready.',
    );
    const [invite] = api.received('POST /api/accounts/invitations');
    expect(invite?.body).toEqual({
      email: 'mayor@sf.example',
      displayName: 'Ed Lee',
      role: 'delegate',
      cityId: 'san-francisco',
    });
    expect(invite?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-organiser');
    // The list is asked for again, to show the new account.
    expect(api.received('GET /api/accounts').length).toBeGreaterThan(1);
  });

  it('asks a city only of delegates', async () => {
    const api = organiserServer(created);
    const { user } = renderApp({ route: '/organiser/accounts', language: 'en' });

    await user.type(await screen.findByLabelText('E-mail address'), 'crew@summit.example');
    await user.type(screen.getByLabelText('Display name'), 'Crew');
    await user.selectOptions(screen.getByLabelText('Role'), 'Ceremony staff');

    expect(screen.queryByLabelText('City id')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create the invitation' }));

    await screen.findByLabelText('Invitation link');
    expect(api.received('POST /api/accounts/invitations')[0]?.body).toEqual({
      email: 'crew@summit.example',
      displayName: 'Crew',
      role: 'staff',
    });
  });

  it('says what is missing, and what the server refused', async () => {
    const api = organiserServer(() =>
      refusedFieldsResponse([
        { field: 'email', code: 'email.invalid', args: { value: 'organiser@summit.example' } },
      ]),
    );
    const { user } = renderApp({ route: '/organiser/accounts', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Create the invitation' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter the e-mail address of the person to invite.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter the city that the delegate represents.',
    );
    expect(api.received('POST /api/accounts/invitations')).toHaveLength(0);

    await user.type(screen.getByLabelText('E-mail address'), 'organiser@summit.example');
    await user.type(screen.getByLabelText('Display name'), 'Again');
    await user.type(screen.getByLabelText('City id'), 'taipei');
    await user.click(screen.getByRole('button', { name: 'Create the invitation' }));

    expect(await screen.findByLabelText('E-mail address')).toHaveAccessibleDescription(
      '“organiser@summit.example” is not an e-mail address.',
    );
  });
});

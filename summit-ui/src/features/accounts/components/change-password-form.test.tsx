import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { stubApi } from '@/testing/fake-api';
import { noContent, refusedFieldsResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const loggedIn = { 'GET /api/session': () => Response.json(sessionOf('staff')) };

async function fillIn(
  user: ReturnType<typeof renderApp>['user'],
  current: string,
  next: string,
  repeated = next,
) {
  await user.type(await screen.findByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('New password again'), repeated);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('changing the password', () => {
  it('is a link away from the header', async () => {
    stubApi(loggedIn);
    const { user } = renderApp({ route: '/', language: 'en' });

    await user.click(await screen.findByTestId('account-link'));

    expect(screen.getByRole('heading', { level: 1, name: 'Change password' })).toBeInTheDocument();
  });

  it('sends the current and the new password with the CSRF token', async () => {
    const api = stubApi({ ...loggedIn, 'POST /api/session/password': noContent });
    const { user } = renderApp({ route: '/account', language: 'en' });

    await fillIn(user, 'the old password', 'a brand new password');

    expect(await screen.findByRole('status')).toHaveTextContent('Your password has been changed.');
    const [change] = api.received('POST /api/session/password');
    expect(change?.body).toEqual({
      currentPassword: 'the old password',
      newPassword: 'a brand new password',
    });
    expect(change?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-staff');
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });

  it('shows what the server refused, next to the field', async () => {
    stubApi({
      ...loggedIn,
      'POST /api/session/password': () =>
        refusedFieldsResponse([{ field: 'currentPassword', code: 'password.wrong' }]),
    });
    const { user } = renderApp({ route: '/account', language: 'en' });

    await fillIn(user, 'not my password', 'a brand new password');

    expect(await screen.findByRole('alert')).toHaveTextContent('The current password is wrong');
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(
      'The current password is wrong.',
    );
  });

  it('checks the new password before sending it', async () => {
    const api = stubApi(loggedIn);
    const { user } = renderApp({ route: '/account', language: 'en' });

    await fillIn(user, 'the old password', 'short', 'shorter');

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The new password needs at least 12 characters.');
    expect(alert).toHaveTextContent('The two passwords are not the same.');
    expect(api.received('POST /api/session/password')).toHaveLength(0);
  });

  it('is only for people who are logged in', async () => {
    stubApi();
    renderApp({ route: '/account', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You need to log in' }),
    ).toBeInTheDocument();
  });
});

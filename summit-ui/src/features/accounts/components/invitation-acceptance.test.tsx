import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { sessionServer, stubApi } from '@/testing/fake-api';
import { jsonResponse, problemResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const token = 'k3Y-0f-th3-1nv1tat10n';
const invitationPath = `/api/invitations/${token}`;

const invitation = {
  email: 'delegate@orlando.example',
  displayName: 'Buddy Dyer',
  role: 'delegate',
  expiresAt: '2016-03-20T04:00:00Z',
};

function invitationServer() {
  const session = sessionServer();
  return stubApi({
    ...session.handlers,
    [`GET ${invitationPath}`]: () => jsonResponse(invitation),
    [`POST ${invitationPath}`]: () => session.start(sessionOf('delegate')),
  });
}

describe('the invitation page', () => {
  it('says who is invited, in both languages', async () => {
    invitationServer();
    const { user } = renderApp({ route: `/invitation/${token}`, language: 'en' });

    expect(await screen.findByTestId('invitation-who')).toHaveTextContent(
      'Buddy Dyer (delegate@orlando.example) is invited to Summit as Delegate.',
    );
    expect(screen.getByText(/valid until 20 Mar 2016/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '中文' }));

    expect(screen.getByTestId('invitation-who')).toHaveTextContent(
      'Buddy Dyer（delegate@orlando.example）受邀以與會代表身分使用 Summit。',
    );
    expect(screen.getByText(/有效期限至 2016年3月20日/)).toBeInTheDocument();
  });

  it('refuses two passwords that differ, without sending them', async () => {
    const api = invitationServer();
    const { user } = renderApp({ route: `/invitation/${token}`, language: 'en' });

    await user.type(await screen.findByLabelText('New password'), 'a long enough password');
    await user.type(screen.getByLabelText('New password again'), 'a long enough passwort');
    await user.click(screen.getByRole('button', { name: 'Set the password and log in' }));

    expect(screen.getByRole('alert')).toHaveTextContent('The two passwords are not the same.');
    expect(screen.getByLabelText('New password again')).toHaveAccessibleDescription(
      'The two passwords are not the same.',
    );
    expect(screen.getByLabelText('New password again')).toBeInvalid();
    expect(api.received(`POST ${invitationPath}`)).toHaveLength(0);
  });

  it('refuses a password shorter than 12 characters, without sending it', async () => {
    const api = invitationServer();
    const { user } = renderApp({ route: `/invitation/${token}`, language: 'zh-Hant' });

    await user.type(await screen.findByLabelText('新密碼'), 'elevenchars');
    await user.type(screen.getByLabelText('再次輸入新密碼'), 'elevenchars');
    await user.click(screen.getByRole('button', { name: '設定密碼並登入' }));

    expect(screen.getByRole('alert')).toHaveTextContent('新密碼至少需要 12 個字元。');
    expect(api.received(`POST ${invitationPath}`)).toHaveLength(0);
  });

  it('sets the password, logs the person in and opens the view of the role', async () => {
    const api = invitationServer();
    const { user } = renderApp({ route: `/invitation/${token}`, language: 'en' });

    await user.type(await screen.findByLabelText('New password'), 'twelve chars');
    await user.type(screen.getByLabelText('New password again'), 'twelve chars');
    await user.click(screen.getByRole('button', { name: 'Set the password and log in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Delegate' })).toBeInTheDocument();
    expect(screen.getByTestId('account-name')).toHaveTextContent('Buddy Dyer');
    expect(api.received(`POST ${invitationPath}`).map((r) => r.body)).toEqual([
      { password: 'twelve chars' },
    ]);
  });

  it.each([404, 410])('explains a link that cannot be used (%i)', async (status) => {
    stubApi({
      [`GET ${invitationPath}`]: () =>
        problemResponse({ type: 'about:blank', title: 'Gone', status, detail: 'Expired' }),
    });
    renderApp({ route: `/invitation/${token}`, language: 'en' });

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation cannot be used');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { signingRoll2016 } from '@/testing/ceremony';
import { sessionServer, stubApi } from '@/testing/fake-api';
import { problemResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { AccountRole } from '@/types/api';

/** A server where the login of `role` succeeds, with any password. */
function serverLoggingIn(role: AccountRole) {
  const session = sessionServer();
  const api = stubApi({
    ...session.handlers,
    'POST /api/session': () => session.start(sessionOf(role)),
    'GET /api/audit?limit=200': () => Response.json([]),
    'GET /api/ceremony/signing-roll': () => Response.json(signingRoll2016),
  });
  return api;
}

function serverRefusing(answer: () => Response) {
  return stubApi({ 'POST /api/session': answer });
}

async function logIn(
  user: ReturnType<typeof renderApp>['user'],
  email = 'someone@summit.example',
  password = 'correct horse battery staple',
) {
  await user.type(await screen.findByTestId('login-email'), email);
  await user.type(screen.getByTestId('login-password'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('the login page', () => {
  it.each([
    ['organiser', 'Organiser'],
    ['delegate', 'Delegate'],
    ['staff', 'Ceremony staff'],
  ] as const)('takes a %s to the home of the role', async (role, heading) => {
    const api = serverLoggingIn(role);
    const { user } = renderApp({ route: '/login', language: 'en' });

    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    await logIn(user, 'someone@summit.example', 'correct horse battery staple');

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByTestId('account-name')).toHaveTextContent(
      sessionOf(role).account.displayName,
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Role views' })).getByRole('link', {
        name: heading,
      }),
    ).toHaveAttribute('aria-current', 'page');
    expect(api.received('POST /api/session').map((r) => r.body)).toEqual([
      { email: 'someone@summit.example', password: 'correct horse battery staple' },
    ]);
  });

  it('labels its fields in both languages', async () => {
    stubApi();
    const { user } = renderApp({ route: '/login', language: 'zh-Hant' });

    expect(screen.getByRole('textbox', { name: '電子郵件地址' })).toBe(
      screen.getByTestId('login-email'),
    );
    expect(screen.getByLabelText('密碼')).toBe(screen.getByTestId('login-password'));
    expect(screen.getByTestId('login-submit')).toHaveAccessibleName('登入');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('textbox', { name: 'E-mail address' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
  });

  it('comes back to the page that asked for the login', async () => {
    serverLoggingIn('organiser');
    const { user } = renderApp({ route: '/login?next=%2Forganiser%2Faudit', language: 'en' });

    await logIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
  });

  it('never sends people to another site after logging in', async () => {
    serverLoggingIn('delegate');
    const { user } = renderApp({ route: '/login?next=%2F%2Fevil.example', language: 'en' });

    await logIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Delegate' })).toBeInTheDocument();
  });

  it('says that the e-mail address or the password is wrong (401), in both languages', async () => {
    serverRefusing(() =>
      problemResponse({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'E-mail or password is wrong',
      }),
    );
    const { user } = renderApp({ route: '/login', language: 'zh-Hant' });

    await logIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('電子郵件地址或密碼錯誤。');
    expect(screen.getByRole('heading', { level: 1, name: '登入' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The e-mail address or the password is wrong.',
    );
    expect(screen.getByTestId('login-link')).toBeInTheDocument();
  });

  it('says how many minutes to wait when throttled (429 with Retry-After)', async () => {
    serverRefusing(
      () =>
        new Response(
          JSON.stringify({ title: 'Too Many Requests', status: 429, detail: 'Slow down' }),
          {
            status: 429,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '540' },
          },
        ),
    );
    const { user } = renderApp({ route: '/login', language: 'en' });

    await logIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Wait 9 minutes, then try again.',
    );

    await user.click(screen.getByRole('button', { name: '中文' }));

    expect(screen.getByRole('alert')).toHaveTextContent('嘗試失敗次數過多，請等候 9 分鐘後再試。');
  });

  it('rounds a wait of less than a minute up to one minute', async () => {
    serverRefusing(
      () =>
        new Response(null, {
          status: 429,
          headers: { 'Retry-After': '20' },
        }),
    );
    const { user } = renderApp({ route: '/login', language: 'en' });

    await logIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Wait 1 minute, then try again.',
    );
  });

  it('asks for both fields before sending anything', async () => {
    const api = stubApi();
    const { user } = renderApp({ route: '/login', language: 'en' });

    await user.type(screen.getByTestId('login-email'), 'someone@summit.example');
    await user.click(screen.getByTestId('login-submit'));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter your e-mail address and your password.',
    );
    expect(api.received('POST /api/session')).toHaveLength(0);
  });

  it('sends someone already logged in straight on', async () => {
    stubApi({ 'GET /api/session': () => Response.json(sessionOf('staff')) });
    renderApp({ route: '/login', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ceremony staff' }),
    ).toBeInTheDocument();
  });
});

describe('logging out', () => {
  it('ends the session with the CSRF token and leaves the visitor anonymous', async () => {
    const session = sessionServer(sessionOf('delegate'));
    const api = stubApi(session.handlers);
    const { user } = renderApp({ route: '/delegate', language: 'en' });

    await user.click(await screen.findByTestId('logout'));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Summit' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('login-link')).toBeInTheDocument();
    const [logout] = api.received('DELETE /api/session');
    expect(logout?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-delegate');
    expect(
      within(screen.getByRole('navigation', { name: 'Role views' }))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Home', 'Programme']);
  });
});

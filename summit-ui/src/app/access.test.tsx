import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { stubApi } from '@/testing/fake-api';
import { jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { AccountRole } from '@/types/api';

function logInAs(role: AccountRole) {
  return stubApi({ 'GET /api/session': () => jsonResponse(sessionOf(role)) });
}

/** Waits until the header knows who is there, then returns the navigation. */
async function navigationOnceKnown(name = 'Role views') {
  await screen.findByTestId(/^(account-name|login-link)$/);
  return screen.getByRole('navigation', { name });
}

const linkNames = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('role navigation', () => {
  it('shows an anonymous visitor only Home and the programme, and a way to log in', async () => {
    stubApi();
    renderApp({ route: '/', language: 'en' });

    const nav = await navigationOnceKnown();

    expect(linkNames(nav)).toEqual(['Home', 'Programme']);
    expect(screen.getByTestId('login-link')).toHaveAttribute('href', '/login');
    expect(screen.queryByTestId('logout')).not.toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Log in' })).toBe(
      screen.getByTestId('login-link'),
    );
  });

  it.each([
    [
      'organiser',
      ['Home', 'Programme', 'Organiser', 'Cities & delegations', 'Mailbox'],
      ['nav-home', 'nav-agenda', 'nav-organiser', 'nav-cities', 'nav-mailbox'],
    ],
    [
      'delegate',
      ['Home', 'Programme', 'Delegate', 'Exchanges', 'Cities & delegations', 'My profile'],
      ['nav-home', 'nav-agenda', 'nav-delegate', 'nav-exchanges', 'nav-cities', 'nav-profile'],
    ],
    [
      'staff',
      // The tablet and the big screen are devices' pages, opened without logging in: no one's view.
      ['Home', 'Programme', 'Ceremony staff', 'Cities & delegations'],
      ['nav-home', 'nav-agenda', 'nav-staff', 'nav-cities'],
    ],
  ] as const)('shows %s exactly the views of the role', async (role, names, testIds) => {
    logInAs(role);
    renderApp({ route: '/', language: 'en' });

    const nav = await navigationOnceKnown();

    expect(linkNames(nav)).toEqual(names);
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.dataset.testid),
    ).toEqual(testIds);
    expect(screen.getByTestId('account-name')).toHaveTextContent(
      sessionOf(role).account.displayName,
    );
    expect(screen.getByTestId('logout')).toHaveAccessibleName('Log out');
    expect(screen.queryByTestId('login-link')).not.toBeInTheDocument();
  });

  it('names the links in Traditional Chinese too', async () => {
    logInAs('staff');
    renderApp({ route: '/', language: 'zh-Hant' });

    const nav = await navigationOnceKnown('角色頁面');

    expect(linkNames(nav)).toEqual(['首頁', '議程', '典禮工作人員', '城市與代表團']);
    expect(screen.getByTestId('logout')).toHaveAccessibleName('登出');
  });

  it('opens the view chosen and marks it as current', async () => {
    logInAs('staff');
    const { user } = renderApp({ language: 'en' });
    const nav = await navigationOnceKnown();

    await user.click(within(nav).getByRole('link', { name: 'Ceremony staff' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ceremony staff' }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Ceremony staff' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('lets the home page lead to each view of the role, and only those', async () => {
    logInAs('staff');
    renderApp({ route: '/', language: 'zh-Hant' });
    await navigationOnceKnown('角色頁面');

    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: '典禮工作人員' })).toHaveAttribute(
      'href',
      '/staff',
    );
    expect(within(main).getByRole('link', { name: '城市與代表團' })).toHaveAttribute(
      'href',
      '/cities',
    );
    expect(within(main).queryByRole('link', { name: '大螢幕' })).not.toBeInTheDocument();
    expect(within(main).queryByRole('link', { name: '主辦單位' })).not.toBeInTheDocument();
  });

  it('invites an anonymous visitor on the home page to log in', async () => {
    stubApi();
    renderApp({ route: '/', language: 'en' });
    await navigationOnceKnown();

    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/login',
    );
  });
});

describe('a role page opened directly', () => {
  it('asks an anonymous visitor to log in, and to come back afterwards', async () => {
    stubApi();
    renderApp({ route: '/organiser/audit', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You need to log in' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/login?next=%2Forganiser%2Faudit',
    );
  });

  it('tells a logged-in person that their role cannot use it, in their language', async () => {
    const api = logInAs('delegate');
    const { user } = renderApp({ route: '/staff', language: 'zh-Hant' });

    expect(
      await screen.findByRole('heading', { level: 1, name: '您的角色無法使用此頁面' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('您目前以與會代表身分登入，此頁面供其他角色使用。'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(
      screen.getByRole('heading', { level: 1, name: 'Your role cannot use this page' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your view' })).toHaveAttribute(
      'href',
      '/delegate',
    );
    expect(screen.queryByRole('heading', { name: 'Ceremony staff' })).not.toBeInTheDocument();
    expect(api.requests.map((r) => r.path)).not.toContain('/api/staff');
  });

  it('shows the page to a role that may use it', async () => {
    logInAs('delegate');
    renderApp({ route: '/delegate', language: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Delegate' })).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { languageStorageKey } from '@/lib/i18n';
import { jsonResponse, taipei2016 } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(taipei2016))),
  );
});

describe('language switch', () => {
  it('switches every text and <html lang> at once, and remembers the choice', async () => {
    const { user } = renderApp({ route: '/', language: 'zh-Hant' });
    const switcher = screen.getByRole('group', { name: '語言' });
    const chinese = within(switcher).getByRole('button', { name: '中文' });
    const english = within(switcher).getByRole('button', { name: 'English' });

    expect(document.documentElement).toHaveAttribute('lang', 'zh-Hant');
    expect(chinese).toHaveAttribute('aria-pressed', 'true');
    expect(english).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 1, name: '歡迎使用 Summit' })).toBeInTheDocument();

    await user.click(english);

    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(chinese).toHaveAttribute('aria-pressed', 'false');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome to Summit' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Role views' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');

    await user.click(chinese);

    expect(document.documentElement).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByRole('heading', { level: 1, name: '歡迎使用 Summit' })).toBeInTheDocument();
    expect(window.localStorage.getItem(languageStorageKey)).toBe('zh-Hant');
  });

  it('is on every screen, the not-found page included', () => {
    renderApp({ route: '/no/such/page', language: 'en' });
    expect(screen.getByRole('button', { name: '中文' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toBeInTheDocument();
  });
});

describe('role navigation', () => {
  const roleLinks = [
    ['主辦單位', 'Organiser', '/organiser'],
    ['與會代表', 'Delegate', '/delegate'],
    ['典禮工作人員', 'Ceremony staff', '/staff'],
    ['簽署平板', 'Signatory tablet', '/tablet'],
    ['大螢幕', 'Big screen', '/screen'],
  ] as const;

  it('links every role view, in both languages', async () => {
    const { user } = renderApp({ language: 'zh-Hant' });
    const zhNav = screen.getByRole('navigation', { name: '角色頁面' });
    for (const [chinese, , path] of roleLinks) {
      expect(within(zhNav).getByRole('link', { name: chinese })).toHaveAttribute('href', path);
    }

    await user.click(screen.getByRole('button', { name: 'English' }));

    const enNav = screen.getByRole('navigation', { name: 'Role views' });
    for (const [, english, path] of roleLinks) {
      expect(within(enNav).getByRole('link', { name: english })).toHaveAttribute('href', path);
    }
  });

  it('opens the view of the role chosen and marks it as current', async () => {
    const { user } = renderApp({ language: 'en' });
    const nav = screen.getByRole('navigation', { name: 'Role views' });

    await user.click(within(nav).getByRole('link', { name: 'Ceremony staff' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Ceremony staff' })).toBeInTheDocument();
    expect(screen.getByText(/run the signing ceremony from a console/)).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Ceremony staff' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('lets the home page lead to each role view', () => {
    renderApp({ route: '/', language: 'zh-Hant' });
    const main = screen.getByRole('main');
    for (const [chinese, , path] of roleLinks) {
      expect(within(main).getByRole('link', { name: chinese })).toHaveAttribute('href', path);
    }
  });
});

describe('unknown addresses', () => {
  it('show a not-found page in the current language with a way home', async () => {
    const { user } = renderApp({ route: '/agenda/42', language: 'zh-Hant' });

    expect(screen.getByRole('heading', { level: 1, name: '找不到此頁面' })).toBeInTheDocument();
    expect(screen.getByText('Summit 中沒有位於 /agenda/42 的頁面。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to the home page' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome to Summit' }),
    ).toBeInTheDocument();
  });
});

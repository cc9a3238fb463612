import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { languageStorageKey } from '@/lib/i18n';
import { stubApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/test-utils';

beforeEach(() => {
  stubApi();
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

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { dyer } from '@/testing/cities';
import { stubApi, type Handler } from '@/testing/fake-api';
import {
  jsonResponse,
  problemResponse,
  refusedFieldsResponse,
  sessionOf,
} from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

function delegateServer(handlers: Record<string, Handler>) {
  return stubApi({ 'GET /api/session': () => jsonResponse(sessionOf('delegate')), ...handlers });
}

describe("a delegate's own profile", () => {
  it('is filled with what the server has, the e-mail address shown but not changed', async () => {
    delegateServer({ 'GET /api/delegates/me': () => jsonResponse(dyer) });
    renderApp({ route: '/profile', language: 'en' });

    expect(await screen.findByLabelText('Name in English')).toHaveValue('Buddy Dyer');
    expect(screen.getByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name in Chinese')).toHaveValue('巴迪·戴爾');
    expect(screen.getByLabelText('Title in English')).toHaveValue('Mayor');
    expect(screen.getByLabelText('E-mail address')).toHaveValue('delegate@orlando.example');
    expect(screen.getByLabelText('E-mail address')).toHaveAttribute('readonly');
    const languages = screen.getByRole('group', { name: 'Languages spoken' });
    expect(within(languages).getByRole('checkbox', { name: 'English' })).toBeChecked();
    expect(within(languages).getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByLabelText('Needs interpretation')).toBeChecked();
    expect(screen.getByLabelText('Arrival (optional)')).toHaveValue('2016-03-21');
    expect(screen.getByLabelText('Preferred language')).toHaveValue('en');
    expect(screen.getByRole('link', { name: "See your city's delegation" })).toHaveAttribute(
      'href',
      '/cities/orlando',
    );
  });

  it('sends every detail with the version, and says it has been saved', async () => {
    const api = delegateServer({
      'GET /api/delegates/me': () => jsonResponse(dyer),
      'PUT /api/delegates/me': (request) =>
        jsonResponse({ ...dyer, ...(request.body as object), version: dyer.version + 1 }),
    });
    const { user } = renderApp({ route: '/profile', language: 'zh-Hant' });

    const languages = await screen.findByRole('group', { name: '使用語言' });
    const search = within(languages).getByRole('searchbox', { name: '搜尋：使用語言' });
    await user.type(search, 'spanish');
    await user.click(within(languages).getByRole('checkbox', { name: '西班牙文' }));
    await user.clear(search);
    await user.type(search, '繁體');
    await user.click(within(languages).getByRole('checkbox', { name: '繁體中文' }));
    await user.clear(screen.getByLabelText('電話（選填）'));
    await user.click(screen.getByLabelText('需要口譯'));
    await user.clear(screen.getByLabelText('離開日期（選填）'));
    await user.selectOptions(screen.getByLabelText('偏好語言'), '中文');
    await user.click(screen.getByRole('button', { name: '儲存我的資料' }));

    expect(await screen.findByTestId('profile-saved')).toHaveTextContent('您的資料已儲存。');
    const [put] = api.received('PUT /api/delegates/me');
    expect(put?.body).toEqual({
      name: { 'zh-Hant': '巴迪·戴爾', en: 'Buddy Dyer' },
      title: { 'zh-Hant': '市長', en: 'Mayor' },
      languages: ['en', 'es', 'zh-Hant'],
      needsInterpretation: false,
      arrivesOn: '2016-03-21',
      departsOn: null,
      email: 'delegate@orlando.example',
      phone: null,
      preferredLanguage: 'zh-Hant',
      version: 3,
    });
    expect(put?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-delegate');

    // Saving again is based on the version the server has just given.
    await user.click(screen.getByRole('button', { name: '儲存我的資料' }));
    await waitFor(() => {
      expect(api.received('PUT /api/delegates/me')).toHaveLength(2);
    });
    expect(api.received('PUT /api/delegates/me')[1]?.body).toMatchObject({ version: 4 });
  });

  it('shows the server’s objection next to the field', async () => {
    delegateServer({
      'GET /api/delegates/me': () => jsonResponse(dyer),
      'PUT /api/delegates/me': () =>
        refusedFieldsResponse([
          { field: 'phone', code: 'delegate.phone.invalid', args: { value: 'call me' } },
        ]),
    });
    const { user } = renderApp({ route: '/profile', language: 'en' });

    const phone = await screen.findByLabelText('Phone (optional)');
    await user.clear(phone);
    await user.type(phone, 'call me');
    await user.click(screen.getByRole('button', { name: 'Save my profile' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“call me” is not a phone number: use digits, spaces and + ( ) - . /',
    );
    expect(phone).toBeInvalid();
    expect(screen.queryByTestId('profile-saved')).not.toBeInTheDocument();
  });

  it("tells a delegate who is on no city's list to ask an organiser", async () => {
    delegateServer({
      'GET /api/delegates/me': () =>
        problemResponse({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'This account has no delegate profile',
        }),
    });
    renderApp({ route: '/profile', language: 'zh-Hant' });

    expect(await screen.findByTestId('profile-missing')).toHaveTextContent(
      '您的帳號尚未列入所屬城市的代表團名單，請洽主辦單位。',
    );
    expect(screen.queryByRole('button', { name: '儲存我的資料' })).not.toBeInTheDocument();
  });

  it('is only for delegates', async () => {
    stubApi({ 'GET /api/session': () => jsonResponse(sessionOf('staff')) });
    renderApp({ route: '/profile', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your role cannot use this page' }),
    ).toBeInTheDocument();
  });
});

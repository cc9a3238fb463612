import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { cities2016, cruz, dyer, orlando, orlandoDetail, orlandoPublic } from '@/testing/cities';
import { stubApi, type Handler } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse, noContent, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { AccountRole } from '@/types/api';

function serverFor(role: AccountRole, handlers: Record<string, Handler> = {}) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf(role)),
    'GET /api/cities': () => jsonResponse(cities2016),
    'GET /api/cities/orlando': () => jsonResponse(role === 'staff' ? orlandoPublic : orlandoDetail),
    ...handlers,
  });
}

const columnNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);

describe("a city's page", () => {
  it('shows the city in both languages and its public delegation', async () => {
    serverFor('staff');
    renderApp({ route: '/cities/orlando', language: 'zh-Hant' });

    expect(await screen.findByRole('heading', { level: 1, name: '奧蘭多' })).toBeInTheDocument();
    expect(screen.getByText('Orlando')).toHaveAttribute('lang', 'en');
    const facts = screen.getByTestId('city-facts');
    expect(facts).toHaveTextContent('來訪城市');
    expect(facts).toHaveTextContent('城市');
    expect(facts).toHaveTextContent('美國');
    expect(facts).toHaveTextContent('東部時間（New York）');
    expect(facts).not.toHaveTextContent('America/New_York');
    expect(facts).not.toHaveTextContent('(US)');
    expect(facts).toHaveTextContent('美國佛羅里達州的智慧城市。');
    expect(facts).toHaveTextContent('A smart city in Florida, United States.');
    expect(screen.getByTestId('city-head')).toHaveTextContent('巴迪·戴爾');
    expect(screen.getByTestId('city-signatory')).toHaveTextContent('尚未指定簽署代表');

    const table = screen.getByRole('table', { name: '代表團成員' });
    expect(columnNames(table)).toEqual(['姓名', '職稱', '使用語言', '需要口譯']);
    const row = screen.getByTestId(`delegate-${cruz.id}`);
    expect(row).toHaveTextContent('克魯茲');
    expect(row).toHaveTextContent('Maria Cruz');
    expect(row).toHaveTextContent('首席資訊長');
    expect(row).toHaveTextContent('Chief Information Officer');
    expect(row).toHaveTextContent('英文和西班牙文');
    expect(screen.getByTestId(`delegate-head-${dyer.id}`)).toHaveTextContent('團長');
    expect(screen.queryByRole('button', { name: /修改/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回城市列表' })).toHaveAttribute('href', '/cities');
  });

  it("shows a delegate their own city's private details, without the organisers' tools", async () => {
    serverFor('delegate');
    renderApp({ route: '/cities/orlando', language: 'en' });

    const table = await screen.findByRole('table', { name: 'Delegation' });
    expect(columnNames(table)).toEqual([
      'Name',
      'Title',
      'Languages spoken',
      'Needs interpretation',
      'E-mail address',
      'Phone',
      'Arrival',
      'Departure',
      'Preferred language',
    ]);
    const row = screen.getByTestId(`delegate-${dyer.id}`);
    expect(row).toHaveTextContent('delegate@orlando.example');
    expect(row).toHaveTextContent('+1 407 246 2221');
    expect(row).toHaveTextContent('21 Mar 2016');
    expect(row).toHaveTextContent('25 Mar 2016');
    expect(row).toHaveTextContent('Head of delegation');
    expect(screen.queryByRole('button', { name: 'Edit the city' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a delegate' })).not.toBeInTheDocument();
  });

  it('lets organisers designate a signatory, and shows the conflict when there is one', async () => {
    let answer: Handler = () => jsonResponse({ ...orlando, signatoryId: dyer.id });
    const api = serverFor('organiser', {
      'PUT /api/cities/orlando/signatory': (request) => answer(request),
    });
    const { user } = renderApp({ route: '/cities/orlando', language: 'en' });

    await user.click(
      await screen.findByRole('button', { name: 'Designate as signatory Buddy Dyer' }),
    );

    await waitFor(() => {
      expect(api.received('PUT /api/cities/orlando/signatory')).toHaveLength(1);
    });
    const [put] = api.received('PUT /api/cities/orlando/signatory');
    expect(put?.body).toEqual({ delegateId: dyer.id });
    expect(put?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-organiser');

    answer = () =>
      codedProblemResponse(409, 'city.signatory.already-designated', {
        city: { 'zh-Hant': '奧蘭多', en: 'Orlando' },
      });
    await user.click(screen.getByRole('button', { name: 'Designate as signatory Maria Cruz' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Orlando already has a signatory: a city has exactly one, so withdraw that designation first.',
    );
  });

  it('lets organisers make a delegate head of delegation and withdraw a signatory', async () => {
    const api = serverFor('organiser', {
      'GET /api/cities/orlando': () => jsonResponse({ ...orlandoDetail, signatoryId: cruz.id }),
      'PUT /api/cities/orlando/head': () => jsonResponse(orlando),
      'DELETE /api/cities/orlando/signatory': () => jsonResponse(orlando),
    });
    const { user } = renderApp({ route: '/cities/orlando', language: 'en' });

    expect(await screen.findByTestId(`delegate-signatory-${cruz.id}`)).toHaveTextContent(
      'Signatory',
    );
    expect(
      screen.queryByRole('button', { name: 'Make head of delegation Buddy Dyer' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make head of delegation Maria Cruz' }));
    await user.click(screen.getByRole('button', { name: 'Withdraw as signatory Maria Cruz' }));

    await waitFor(() => {
      expect(api.received('DELETE /api/cities/orlando/signatory')).toHaveLength(1);
    });
    expect(api.received('PUT /api/cities/orlando/head')[0]?.body).toEqual({ delegateId: cruz.id });
  });

  it('lets organisers add a delegate', async () => {
    const api = serverFor('organiser', {
      'POST /api/cities/orlando/delegates': () => jsonResponse(cruz, 201),
    });
    const { user } = renderApp({ route: '/cities/orlando', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Add a delegate' }));
    await user.type(screen.getByLabelText('Name in Chinese'), '李明');
    await user.type(screen.getByLabelText('Name in English'), 'Lee Ming');
    await user.type(screen.getByLabelText('Title in Chinese'), '顧問');
    await user.type(screen.getByLabelText('Title in English'), 'Adviser');
    await user.type(screen.getByLabelText('E-mail address'), 'lee@orlando.example');
    const languages = screen.getByRole('group', { name: 'Languages spoken' });
    await user.type(within(languages).getByRole('searchbox'), 'traditional');
    await user.click(within(languages).getByRole('checkbox', { name: 'Traditional Chinese' }));
    await user.clear(within(languages).getByRole('searchbox'));
    await user.type(within(languages).getByRole('searchbox'), 'engl');
    await user.click(within(languages).getByRole('checkbox', { name: 'English' }));
    await user.selectOptions(screen.getByLabelText('Preferred language'), '中文');
    await user.click(screen.getByRole('button', { name: 'Add the delegate' }));

    expect(await screen.findByTestId('city-saved')).toHaveTextContent(
      'The delegate has been added.',
    );
    expect(api.received('POST /api/cities/orlando/delegates')[0]?.body).toEqual({
      name: { 'zh-Hant': '李明', en: 'Lee Ming' },
      title: { 'zh-Hant': '顧問', en: 'Adviser' },
      languages: ['zh-Hant', 'en'],
      needsInterpretation: false,
      arrivesOn: null,
      departsOn: null,
      email: 'lee@orlando.example',
      phone: null,
      preferredLanguage: 'zh-Hant',
    });
    expect(screen.queryByLabelText('Name in Chinese')).not.toBeInTheDocument();
  });

  it('lets organisers edit a delegate, based on their version', async () => {
    const api = serverFor('organiser', {
      [`PUT /api/cities/orlando/delegates/${cruz.id}`]: () => jsonResponse(cruz),
    });
    const { user } = renderApp({ route: '/cities/orlando', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Edit Maria Cruz' }));
    expect(screen.getByRole('heading', { name: 'Edit Maria Cruz' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Title in English'));
    await user.type(screen.getByLabelText('Title in English'), 'CIO');
    await user.click(screen.getByRole('button', { name: 'Save the delegate' }));

    await screen.findByTestId('city-saved');
    const [put] = api.received(`PUT /api/cities/orlando/delegates/${cruz.id}`);
    expect(put?.body).toMatchObject({
      title: { 'zh-Hant': '首席資訊長', en: 'CIO' },
      email: 'cio@orlando.example',
      languages: ['en', 'es'],
      arrivesOn: '2016-03-22',
      version: 1,
    });
  });

  it('removes a delegate only once confirmed', async () => {
    const api = serverFor('organiser', {
      [`DELETE /api/cities/orlando/delegates/${cruz.id}`]: noContent,
    });
    const { user } = renderApp({ route: '/cities/orlando', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Remove Maria Cruz' }));
    const question = screen.getByRole('group', { name: 'Remove Maria Cruz from the delegation?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(api.received(`DELETE /api/cities/orlando/delegates/${cruz.id}`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Remove Maria Cruz' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));

    await waitFor(() => {
      expect(api.received(`DELETE /api/cities/orlando/delegates/${cruz.id}`)).toHaveLength(1);
    });
  });

  it('lets organisers edit the city with its version, and withdraw it once confirmed', async () => {
    const api = serverFor('organiser', {
      'PUT /api/cities/orlando': () => jsonResponse(orlando),
      'POST /api/cities/orlando/withdrawal': () => jsonResponse({ ...orlando, attending: false }),
    });
    const { user } = renderApp({ route: '/cities/orlando', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Edit the city' }));
    expect(screen.queryByLabelText('City code')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Role'), 'Host city');
    await user.click(screen.getByRole('button', { name: 'Save the city' }));

    expect(await screen.findByTestId('city-saved')).toHaveTextContent('The city has been saved.');
    expect(api.received('PUT /api/cities/orlando')[0]?.body).toEqual({
      name: { 'zh-Hant': '奧蘭多', en: 'Orlando' },
      kind: 'CITY',
      role: 'HOST',
      country: 'US',
      timeZone: 'America/New_York',
      description: {
        'zh-Hant': '美國佛羅里達州的智慧城市。',
        en: 'A smart city in Florida, United States.',
      },
      version: 4,
    });

    await user.click(screen.getByRole('button', { name: 'Withdraw the city' }));
    expect(api.received('POST /api/cities/orlando/withdrawal')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw the city' }));

    await waitFor(() => {
      expect(api.received('POST /api/cities/orlando/withdrawal')).toHaveLength(1);
    });
  });

  it('shows a withdrawn city without the tools to change it', async () => {
    serverFor('organiser', {
      'GET /api/cities/orlando': () =>
        jsonResponse({ ...orlandoDetail, attending: false, withdrawnAt: '2016-03-01T08:00:00Z' }),
    });
    renderApp({ route: '/cities/orlando', language: 'en' });

    expect(await screen.findByTestId('city-withdrawn-notice')).toHaveTextContent(
      'This city withdrew from the summit on',
    );
    expect(screen.queryByRole('button', { name: 'Edit the city' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { cities2016 } from '@/testing/cities';
import { stubApi, type ReceivedRequest } from '@/testing/fake-api';
import { jsonResponse, refusedFieldsResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

function organiserServer(register: (request: ReceivedRequest) => Response) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/cities': () => jsonResponse(cities2016),
    'POST /api/cities': register,
  });
}

const registered = (request: ReceivedRequest) =>
  jsonResponse(
    {
      ...(request.body as object),
      protocolPosition: 5,
      attending: true,
      withdrawnAt: null,
      headOfDelegationId: null,
      signatoryId: null,
      delegateCount: 0,
      version: 1,
    },
    201,
  );

describe('registering a city', () => {
  it('sends every detail, with the CSRF token, and empties the form', async () => {
    const api = organiserServer(registered);
    const { user } = renderApp({ route: '/cities', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Register a city' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Time zone')).toHaveValue('Asia/Taipei');
    expect(screen.getByLabelText('Time zone')).toHaveDisplayValue('Taiwan Standard Time (Taipei)');

    await user.type(screen.getByLabelText('City code'), 'san-francisco');
    await user.type(screen.getByLabelText('City name in Chinese'), '舊金山');
    await user.type(screen.getByLabelText('City name in English'), 'San Francisco');
    await user.selectOptions(screen.getByLabelText('Role'), 'Guest city');
    await user.selectOptions(screen.getByLabelText('Country'), 'United States');
    // Typing a place in the search box picks the first zone it names.
    await user.type(screen.getByRole('searchbox', { name: 'Search: Time zone' }), 'los angeles');
    expect(screen.getByLabelText('Time zone')).toHaveDisplayValue('Pacific Time (Los Angeles)');
    await user.type(screen.getByLabelText('Description in English (optional)'), 'By the bay.');
    await user.click(screen.getByRole('button', { name: 'Register the city' }));

    expect(await screen.findByTestId('city-registered')).toHaveTextContent(
      'San Francisco has been registered.',
    );
    const [post] = api.received('POST /api/cities');
    expect(post?.body).toEqual({
      id: 'san-francisco',
      name: { 'zh-Hant': '舊金山', en: 'San Francisco' },
      kind: 'CITY',
      role: 'GUEST',
      country: 'US',
      timeZone: 'America/Los_Angeles',
      description: { 'zh-Hant': '', en: 'By the bay.' },
    });
    expect(post?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-organiser');
    expect(screen.getByLabelText('City code')).toHaveValue('');
    expect(api.received('GET /api/cities').length).toBeGreaterThan(1);
  });

  it('registers a country delegation without a description', async () => {
    const api = organiserServer(registered);
    const { user } = renderApp({ route: '/cities', language: 'zh-Hant' });

    await user.type(await screen.findByLabelText('城市代碼'), 'singapore');
    await user.type(screen.getByLabelText('城市中文名稱'), '新加坡');
    await user.type(screen.getByLabelText('城市英文名稱'), 'Singapore');
    await user.selectOptions(screen.getByLabelText('類型'), '國家代表團');
    await user.selectOptions(screen.getByLabelText('角色'), '觀察員代表團');
    await user.type(screen.getByRole('searchbox', { name: '搜尋：國家' }), '新加');
    expect(screen.getByLabelText('國家')).toHaveDisplayValue('新加坡');
    await user.click(screen.getByRole('button', { name: '登錄城市' }));

    expect(await screen.findByTestId('city-registered')).toHaveTextContent('已登錄新加坡。');
    expect(api.received('POST /api/cities')[0]?.body).toEqual({
      id: 'singapore',
      name: { 'zh-Hant': '新加坡', en: 'Singapore' },
      kind: 'COUNTRY',
      role: 'OBSERVER',
      country: 'SG',
      timeZone: 'Asia/Taipei',
      description: null,
    });
  });

  it('says what is missing, and shows what the server refused next to the field', async () => {
    const api = organiserServer(() =>
      refusedFieldsResponse([
        { field: 'id', code: 'city.code.invalid', args: { value: 'Taipei!', max: 64 } },
      ]),
    );
    const { user } = renderApp({ route: '/cities', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Register the city' }));

    expect(screen.getByRole('alert')).toHaveTextContent("Enter the city's code.");
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Enter the city's name in both Chinese and English.",
    );
    expect(screen.getByLabelText('Country')).toBeInvalid();
    expect(api.received('POST /api/cities')).toHaveLength(0);

    await user.type(screen.getByLabelText('City code'), 'Taipei!');
    await user.type(screen.getByLabelText('City name in Chinese'), '臺北市');
    await user.type(screen.getByLabelText('City name in English'), 'Taipei');
    await user.selectOptions(screen.getByLabelText('Country'), 'Taiwan');
    await user.click(screen.getByRole('button', { name: 'Register the city' }));

    expect(await screen.findByLabelText('City code')).toHaveAccessibleDescription(
      expect.stringContaining('“Taipei!” cannot be a city code'),
    );
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import {
  askableCities,
  exchangeTimes,
  orlandoMembers,
  askedByEindhoven,
} from '@/testing/exchanges';
import { stubApi, type Handler } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

function delegateServer(request: Handler) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('delegate')),
    'GET /api/exchanges/mine': () => jsonResponse([]),
    'GET /api/exchanges/cities': () => jsonResponse(askableCities),
    'GET /api/exchanges/members': () => jsonResponse(orlandoMembers),
    'GET /api/exchanges/times': () => jsonResponse(exchangeTimes),
    'POST /api/exchanges': request,
  });
}

describe('asking for an exchange', () => {
  it('sends the cities chosen from the list, the theme, both notes, the members and the slots', async () => {
    const api = delegateServer(() => jsonResponse(askedByEindhoven, 201));
    const { user } = renderApp({ route: '/exchanges', language: 'en' });

    await user.click(
      await screen.findByRole('button', { name: 'Ask another city for an exchange' }),
    );
    const form = await screen.findByRole('form', { name: 'Ask for an exchange' });
    await user.type(
      within(form).getByRole('searchbox', { name: 'Search: Cities invited' }),
      'eind',
    );
    await user.click(within(form).getByRole('checkbox', { name: 'Eindhoven' }));
    await user.clear(within(form).getByRole('searchbox', { name: 'Search: Cities invited' }));
    await user.type(within(form).getByRole('searchbox', { name: 'Search: Cities invited' }), 'tai');
    await user.click(within(form).getByRole('checkbox', { name: 'Taipei' }));
    await user.selectOptions(within(form).getByLabelText('Topic'), 'Innovation');
    await user.type(within(form).getByLabelText('Short note in Chinese'), '智慧照明');
    await user.type(within(form).getByLabelText('Short note in English'), 'Smart lighting');
    const members = within(form).getByRole('group', {
      name: 'Members of my delegation who attend',
    });
    await user.click(await within(members).findByRole('checkbox', { name: 'Buddy Dyer' }));
    await user.click(within(form).getByRole('checkbox', { name: /14:30–15:00/ }));
    await user.click(within(form).getByRole('checkbox', { name: 'Interpretation needed' }));
    await user.click(within(form).getByRole('button', { name: 'Send the request' }));

    expect(await screen.findByTestId('exchange-requested')).toHaveTextContent(
      'Your request has been sent',
    );
    const [post] = api.received('POST /api/exchanges');
    expect(post?.body).toEqual({
      invitedCityIds: ['eindhoven', 'taipei'],
      theme: 'INNOVATION',
      subject: null,
      note: { 'zh-Hant': '智慧照明', en: 'Smart lighting' },
      memberIds: ['3b1d8a52-0000-4a5b-8c9d-00000000b001'],
      preferredTimes: [{ startsAt: '2016-03-23T14:30:00', endsAt: '2016-03-23T15:00:00' }],
      interpretation: true,
    });
    expect(post?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-delegate');
  });

  it('sends a free subject in both languages instead of a theme', async () => {
    const api = delegateServer(() => jsonResponse(askedByEindhoven, 201));
    const { user } = renderApp({ route: '/exchanges', language: 'zh-Hant' });

    await user.click(await screen.findByRole('button', { name: '邀請其他城市交流' }));
    const form = await screen.findByRole('form', { name: '提出交流邀請' });
    await user.type(within(form).getByRole('searchbox', { name: /受邀城市/ }), '恩荷');
    await user.click(within(form).getByRole('checkbox', { name: '恩荷芬' }));
    await user.selectOptions(within(form).getByLabelText('主題'), '其他議題（請於下方填寫）');
    await user.type(within(form).getByLabelText('議題（中文）'), '自行車道');
    await user.type(within(form).getByLabelText('議題（英文）'), 'Cycle lanes');
    await user.click(await within(form).findByRole('checkbox', { name: '克魯茲' }));
    await user.click(within(form).getByRole('button', { name: '送出邀請' }));

    await screen.findByTestId('exchange-requested');
    expect(api.received('POST /api/exchanges')[0]?.body).toMatchObject({
      invitedCityIds: ['eindhoven'],
      theme: null,
      subject: { 'zh-Hant': '自行車道', en: 'Cycle lanes' },
      preferredTimes: [],
      interpretation: false,
    });
  });

  it("explains the server's refusal in the reader's language and keeps the form", async () => {
    delegateServer(() => codedProblemResponse(409, 'exchange.duplicate'));
    const { user } = renderApp({ route: '/exchanges', language: 'en' });

    await user.click(
      await screen.findByRole('button', { name: 'Ask another city for an exchange' }),
    );
    const form = await screen.findByRole('form', { name: 'Ask for an exchange' });
    await user.type(
      within(form).getByRole('searchbox', { name: 'Search: Cities invited' }),
      'eind',
    );
    await user.click(within(form).getByRole('checkbox', { name: 'Eindhoven' }));
    await user.click(within(form).getByRole('button', { name: 'Send the request' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'These cities already have an open request on this topic',
    );
    expect(screen.queryByTestId('exchange-requested')).not.toBeInTheDocument();
  });
});

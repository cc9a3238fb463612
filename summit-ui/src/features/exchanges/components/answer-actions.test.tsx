import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import {
  agreedWithEindhoven,
  askedByEindhoven,
  exchangeTimes,
  orlandoMembers,
} from '@/testing/exchanges';
import { stubApi, type Handler } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const answerPath = (answer: string) => `POST /api/exchanges/${askedByEindhoven.id}/${answer}`;

/** Orlando's delegate with one exchange Eindhoven asked for; `answers` handle the answer routes. */
function delegateServer(answers: Record<string, Handler>) {
  let mine = [askedByEindhoven];
  const api = stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('delegate')),
    'GET /api/exchanges/mine': () => jsonResponse(mine),
    'GET /api/exchanges/members': () => jsonResponse(orlandoMembers),
    'GET /api/exchanges/times': () => jsonResponse(exchangeTimes),
    ...answers,
  });
  return {
    api,
    answered(exchange: typeof askedByEindhoven) {
      mine = [exchange];
      return jsonResponse(exchange);
    },
  };
}

async function openExchange(language: 'en' | 'zh-Hant' = 'en') {
  const rendered = renderApp({ route: '/exchanges', language });
  const group = await screen.findByTestId('exchanges-group-mine');
  const card = await within(group).findByTestId(`exchange-${askedByEindhoven.id}`);
  return { ...rendered, card };
}

describe("answering another city's exchange", () => {
  it('shows it as waiting for my answer, with each city’s answer', async () => {
    delegateServer({});
    const { card } = await openExchange();

    expect(
      within(card).getByRole('heading', { name: /Innovation: Eindhoven, Orlando/ }),
    ).toBeVisible();
    const cities = within(card).getByRole('list', { name: 'Cities and their answers' });
    expect(within(cities).getAllByRole('listitem')[0]).toHaveTextContent(
      'Eindhoven asked for it · Rob van Gijzel · prefers Wed 23 Mar 14:00–14:30',
    );
    expect(within(cities).getAllByRole('listitem')[1]).toHaveTextContent(
      'Orlando not answered yet',
    );
  });

  it('accepts, naming who of my delegation attends, and moves it to the agreed ones', async () => {
    const server = delegateServer({
      [answerPath('acceptance')]: () => server.answered(agreedWithEindhoven),
    });
    const { user, card } = await openExchange();

    await user.click(within(card).getByRole('button', { name: 'Accept' }));
    const form = within(card).getByRole('form', { name: 'Accept the exchange' });
    await user.click(await within(form).findByRole('checkbox', { name: 'Buddy Dyer' }));
    await user.click(within(form).getByRole('button', { name: 'Accept the exchange' }));

    const agreed = await screen.findByTestId('exchanges-group-agreed');
    expect(await within(agreed).findByTestId(`exchange-${askedByEindhoven.id}`)).toHaveTextContent(
      'Agreed; time and place not set yet.',
    );
    expect(server.api.received(answerPath('acceptance'))[0]?.body).toEqual({
      memberIds: ['3b1d8a52-0000-4a5b-8c9d-00000000b001'],
    });
  });

  it('declines with a reason', async () => {
    const server = delegateServer({
      [answerPath('decline')]: () => server.answered({ ...askedByEindhoven, status: 'declined' }),
    });
    const { user, card } = await openExchange('zh-Hant');

    await user.click(within(card).getByRole('button', { name: '婉拒' }));
    const form = within(card).getByRole('form', { name: '婉拒交流' });
    await user.type(within(form).getByLabelText('婉拒原因'), '行程已滿');
    await user.click(within(form).getByRole('button', { name: '婉拒交流' }));

    const closed = await screen.findByTestId('exchanges-group-closed');
    expect(await within(closed).findByTestId(`exchange-${askedByEindhoven.id}`)).toHaveTextContent(
      '已婉拒',
    );
    expect(server.api.received(answerPath('decline'))[0]?.body).toEqual({ reason: '行程已滿' });
  });

  it('proposes other times picked from the exchange blocks’ slots', async () => {
    const server = delegateServer({
      [answerPath('proposal')]: () => server.answered(askedByEindhoven),
    });
    const { user, card } = await openExchange();

    await user.click(within(card).getByRole('button', { name: 'Propose other times' }));
    const form = within(card).getByRole('form', { name: 'Propose other times' });
    await user.click(await within(form).findByRole('checkbox', { name: /14:30–15:00/ }));
    await user.click(within(form).getByRole('button', { name: 'Send these times' }));

    await vi.waitFor(() => {
      expect(server.api.received(answerPath('proposal'))[0]?.body).toEqual({
        preferredTimes: [{ startsAt: '2016-03-23T14:30:00', endsAt: '2016-03-23T15:00:00' }],
      });
    });
  });

  it("shows the server's refusal in words", async () => {
    delegateServer({
      [answerPath('acceptance')]: () =>
        codedProblemResponse(409, 'exchange.answer.already', {
          city: { 'zh-Hant': '奧蘭多', en: 'Orlando' },
        }),
    });
    const { user, card } = await openExchange();

    await user.click(within(card).getByRole('button', { name: 'Accept' }));
    const form = within(card).getByRole('form', { name: 'Accept the exchange' });
    await user.click(await within(form).findByRole('checkbox', { name: 'Maria Cruz' }));
    await user.click(within(form).getByRole('button', { name: 'Accept the exchange' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Orlando has already answered this exchange.',
    );
  });
});

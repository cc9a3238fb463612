import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { exchangeBlocks, placedWithEindhoven } from '@/testing/exchanges';
import { stubApi } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse, sessionOf, taipei2016 } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const placementPath = `PUT /api/exchanges/${placedWithEindhoven.id}/placement`;

function organiserServer() {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/exchanges': () => jsonResponse([placedWithEindhoven]),
    [`GET /api/exchange-blocks/summit/${taipei2016.id}`]: () => jsonResponse(exchangeBlocks),
    [`GET /api/exchange-scheduling/summit/${taipei2016.id}/runs/latest`]: () =>
      codedProblemResponse(404, 'exchange.scheduling.run-not-found'),
    [placementPath]: () =>
      codedProblemResponse(409, 'exchange.placement.participant-in-session', {
        name: { 'zh-Hant': '巴迪·戴爾', en: 'Buddy Dyer' },
        title: { 'zh-Hant': '城市分享', en: 'City sharing' },
      }),
  });
}

describe('placing an exchange by hand', () => {
  it("shows where a placed exchange is, and the server's refusal of a move in words", async () => {
    const api = organiserServer();
    const { user } = renderApp({ route: '/organiser/exchanges', language: 'en' });

    const card = await screen.findByTestId(`exchange-${placedWithEindhoven.id}`);
    expect(
      within(card).getByTestId(`exchange-placement-${placedWithEindhoven.id}`),
    ).toHaveTextContent('Wed 23 Mar 14:30–15:00 · Room 201, table 1');
    expect(within(card).getByText('Pinned')).toBeVisible();
    await user.click(within(card).getByRole('button', { name: 'Move' }));
    const form = within(card).getByRole('form', { name: 'Place the exchange' });
    expect(within(form).getByLabelText('Table')).toHaveDisplayValue(
      'Table 1 (seats 6, interpretation)',
    );
    await user.selectOptions(within(form).getByLabelText('Time'), 'Wed 23 Mar 14:00–14:30');
    await user.click(within(form).getByRole('button', { name: 'Place the exchange' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Buddy Dyer speaks or moderates a session at that time (City sharing).',
    );
    expect(api.received(placementPath)[0]?.body).toEqual({
      blockId: placedWithEindhoven.placement?.blockId,
      tableId: placedWithEindhoven.placement?.tableId,
      startsAt: '2016-03-23T14:00:00',
      pinned: true,
    });
  });
});

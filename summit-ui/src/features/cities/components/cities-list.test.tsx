import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { cities2016, orlando, taipei } from '@/testing/cities';
import { stubApi } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { AccountRole } from '@/types/api';

function serverFor(role: AccountRole, handlers: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf(role)),
    'GET /api/cities': () => jsonResponse(cities2016),
    ...handlers,
  });
}

/** The cards in the order shown, by city code. */
const shownOrder = () =>
  [...screen.getByTestId('cities-list').children].map((card) => card.getAttribute('data-testid'));

describe('the cities list', () => {
  it('shows each city with both names, its role and country, the withdrawn last', async () => {
    serverFor('delegate');
    renderApp({ route: '/cities', language: 'zh-Hant' });

    const card = await screen.findByTestId('city-taipei');
    expect(shownOrder()).toEqual(['city-taipei', 'city-orlando', 'city-estonia', 'city-tel-aviv']);
    expect(screen.getByRole('heading', { level: 1, name: '城市與代表團' })).toBeInTheDocument();

    expect(within(card).getByRole('link', { name: '臺北市' })).toHaveAttribute(
      'href',
      '/cities/taipei',
    );
    expect(card).toHaveTextContent('Taipei');
    expect(card).toHaveTextContent('主辦城市');
    expect(card).toHaveTextContent('台灣');
    expect(card).not.toHaveTextContent('TW');
    expect(card).toHaveTextContent('已指定簽署代表');
    expect(screen.getByTestId('city-delegate-count-taipei')).toHaveTextContent('1');

    const guest = screen.getByTestId('city-orlando');
    expect(guest).toHaveTextContent('奧蘭多');
    expect(guest).toHaveTextContent('Orlando');
    expect(guest).toHaveTextContent('來訪城市');
    expect(guest).toHaveTextContent('尚未指定簽署代表');

    const observer = screen.getByTestId('city-estonia');
    expect(observer).toHaveTextContent('觀察員代表團');
    expect(observer).toHaveTextContent('國家代表團');
    expect(screen.queryByTestId('city-signatory-estonia')).not.toBeInTheDocument();

    expect(screen.getByTestId('city-tel-aviv')).toHaveTextContent('已退出');
    expect(screen.getByTestId('city-tel-aviv')).toHaveClass('city-card--withdrawn');
    // Delegates see the order; only organisers change it.
    expect(screen.queryByRole('button', { name: /上移/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '登錄城市' })).not.toBeInTheDocument();
  });

  it('puts the English name first in English, and names the country', async () => {
    serverFor('staff');
    renderApp({ route: '/cities', language: 'en' });

    const card = await screen.findByTestId('city-taipei');
    expect(within(card).getByRole('link', { name: 'Taipei' })).toBeInTheDocument();
    expect(card).toHaveTextContent('臺北市');
    expect(card).toHaveTextContent('Host city');
    expect(card).toHaveTextContent('Taiwan');
    expect(screen.getByTestId('city-orlando')).toHaveTextContent('No signatory yet');
    expect(screen.getByTestId('city-estonia')).toHaveTextContent('Country delegation');
    expect(screen.getByTestId('city-tel-aviv')).toHaveTextContent('Withdrawn');
  });

  it('is reached from the navigation', async () => {
    serverFor('delegate');
    const { user } = renderApp({ route: '/delegate', language: 'en' });

    await user.click(await screen.findByTestId('nav-cities'));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cities & delegations' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('city-orlando')).toBeInTheDocument();
  });

  it('lets organisers move a city, sending the whole new protocol order', async () => {
    const api = serverFor('organiser', {
      'PUT /api/cities/protocol-order': () => jsonResponse([orlando, taipei]),
    });
    const { user } = renderApp({ route: '/cities', language: 'en' });

    await screen.findByTestId('city-orlando');
    expect(screen.getByRole('button', { name: 'Move up Taipei' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down Estonia' })).toBeDisabled();
    expect(screen.queryByTestId('city-move-up-tel-aviv')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move up Orlando' }));

    await waitFor(() => {
      expect(api.received('PUT /api/cities/protocol-order')).toHaveLength(1);
    });
    const [order] = api.received('PUT /api/cities/protocol-order');
    expect(order?.body).toEqual({ cityIds: ['orlando', 'taipei', 'estonia'] });
    expect(order?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-organiser');
    // The list is asked for again, in its new order.
    await waitFor(() => {
      expect(api.received('GET /api/cities').length).toBeGreaterThan(1);
    });
  });

  it('shows why the order could not be changed', async () => {
    serverFor('organiser', {
      'PUT /api/cities/protocol-order': () =>
        codedProblemResponse(409, 'request.concurrent-change'),
    });
    const { user } = renderApp({ route: '/cities', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Move down Taipei' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Somebody changed the same thing at the same moment: reload and apply your change again.',
    );
  });
});

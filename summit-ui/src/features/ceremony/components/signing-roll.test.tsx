import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { orlandoDesignated, signingRoll2016, taipeiSigns } from '@/testing/ceremony';
import { stubApi, type Handler } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { AccountRole } from '@/types/api';

function serverFor(role: AccountRole, roll: Handler = () => jsonResponse(signingRoll2016)) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf(role)),
    'GET /api/ceremony/signing-roll': roll,
  });
}

/** The entries in the order shown, by test id. */
const shownOrder = () =>
  within(screen.getByTestId('signing-roll'))
    .getAllByRole('listitem')
    .map((entry) => entry.dataset.testid);

afterEach(() => {
  vi.useRealTimers();
});

describe('the signing roll', () => {
  it('shows staff each city in signing order, with both names and its signatory', async () => {
    serverFor('staff');
    renderApp({ route: '/staff', language: 'zh-Hant' });

    const taipei = await screen.findByTestId('signing-roll-taipei');
    const section = screen.getByTestId('signing-roll');
    expect(
      within(section).getByRole('heading', { level: 2, name: '簽署順序' }),
    ).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: '簽署順序' })).toBeInTheDocument();
    expect(shownOrder()).toEqual(['signing-roll-taipei', 'signing-roll-orlando']);
    expect(screen.getByTestId('signing-roll-summary')).toHaveTextContent(
      '2 個城市簽署；已指定 1 位簽署代表',
    );

    expect(taipei).toHaveTextContent('第 1 位');
    // The interface's language is the heading; the other language stands beside it.
    expect(within(taipei).getByRole('heading', { level: 3, name: '臺北市' })).toHaveAttribute(
      'lang',
      'zh-Hant',
    );
    expect(within(taipei).getByText('Taipei')).toHaveAttribute('lang', 'en');
    expect(within(taipei).getByText('柯文哲')).toHaveAttribute('lang', 'zh-Hant');
    expect(within(taipei).getByText('Ko Wen-je')).toHaveAttribute('lang', 'en');
    expect(within(taipei).getByText('市長')).toBeInTheDocument();
    expect(within(taipei).getByText('Mayor')).toBeInTheDocument();
    expect(screen.queryByTestId('signing-roll-missing-taipei')).not.toBeInTheDocument();

    const orlando = screen.getByTestId('signing-roll-orlando');
    expect(orlando).toHaveTextContent('第 2 位');
    expect(within(orlando).getByRole('heading', { level: 3, name: '奧蘭多' })).toBeInTheDocument();
    expect(orlando).toHaveTextContent('Orlando');
    expect(screen.getByTestId('signing-roll-missing-orlando')).toHaveTextContent(
      '尚未指定簽署代表',
    );
    expect(screen.queryByTestId('signing-roll-signatory-orlando')).not.toBeInTheDocument();
  });

  it('shows organisers the roll in English below their administration pages', async () => {
    serverFor('organiser');
    renderApp({ route: '/organiser', language: 'en' });

    const taipei = await screen.findByTestId('signing-roll-taipei');
    const administration = screen.getByRole('heading', { level: 2, name: 'Administration' });
    const section = screen.getByTestId('signing-roll');
    expect(
      administration.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      within(section).getByRole('heading', { level: 2, name: 'Signing order' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('signing-roll-summary')).toHaveTextContent(
      '2 cities sign; 1 signatory designated',
    );

    expect(taipei).toHaveTextContent('No. 1');
    expect(within(taipei).getByRole('heading', { level: 3, name: 'Taipei' })).toHaveAttribute(
      'lang',
      'en',
    );
    expect(within(taipei).getByText('臺北市')).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByTestId('signing-roll-signatory-taipei')).toHaveTextContent('Signatory');
    expect(within(taipei).getByText('Ko Wen-je')).toBeInTheDocument();
    expect(within(taipei).getByText('柯文哲')).toBeInTheDocument();
    expect(screen.getByTestId('signing-roll-missing-orlando')).toHaveTextContent(
      'No signatory designated yet',
    );
  });

  it('counts in the singular for one city and one signatory', async () => {
    serverFor('organiser', () => jsonResponse([taipeiSigns]));
    renderApp({ route: '/organiser', language: 'en' });

    expect(await screen.findByTestId('signing-roll-summary')).toHaveTextContent(
      '1 city signs; 1 signatory designated',
    );
  });

  it('says when no city signs yet', async () => {
    serverFor('staff', () => jsonResponse([]));
    renderApp({ route: '/staff', language: 'zh-Hant' });

    expect(await screen.findByTestId('signing-roll-empty')).toHaveTextContent('尚無城市簽署。');
    expect(screen.queryByRole('list', { name: '簽署順序' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('signing-roll-summary')).not.toBeInTheDocument();
  });

  it('asks again every 10 seconds, so staff see a signatory once an organiser designates one', async () => {
    // Only the refresh interval runs on a fake clock; everything else keeps real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let roll = signingRoll2016;
    const api = serverFor('staff', () => jsonResponse(roll));
    renderApp({ route: '/staff', language: 'en' });

    expect(await screen.findByTestId('signing-roll-missing-orlando')).toBeInTheDocument();
    expect(api.received('GET /api/ceremony/signing-roll')).toHaveLength(1);

    roll = [taipeiSigns, orlandoDesignated];
    await act(async () => {
      await vi.advanceTimersByTimeAsync(9_000);
    });
    expect(api.received('GET /api/ceremony/signing-roll')).toHaveLength(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });

    expect(await screen.findByText('Buddy Dyer')).toBeInTheDocument();
    expect(api.received('GET /api/ceremony/signing-roll')).toHaveLength(2);
    expect(screen.queryByTestId('signing-roll-missing-orlando')).not.toBeInTheDocument();
    expect(screen.getByTestId('signing-roll-summary')).toHaveTextContent(
      '2 cities sign; 2 signatories designated',
    );
  });

  it('explains why the roll could not be loaded, and tries again on request', async () => {
    let answer = () => codedProblemResponse(503, 'server.unavailable');
    serverFor('staff', () => answer());
    const { user } = renderApp({ route: '/staff', language: 'en' });

    const section = await screen.findByTestId('signing-roll');
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Summit cannot answer right now: please try again shortly.',
    );

    answer = () => jsonResponse(signingRoll2016);
    await user.click(within(section).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByTestId('signing-roll-taipei')).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });
});

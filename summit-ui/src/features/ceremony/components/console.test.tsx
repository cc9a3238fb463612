import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import {
  ceremonyId,
  consoleAt,
  detailsAt,
  dyer,
  ko,
  sealFingerprint,
  textFingerprint,
  validVerification,
} from '@/testing/ceremony-console';
import { signingRoll2016 } from '@/testing/ceremony';
import { stubApi, type Handler } from '@/testing/fake-api';
import {
  codedProblemResponse,
  jsonResponse,
  noContent,
  refusedFieldsResponse,
  sessionOf,
} from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

type At = Parameters<typeof consoleAt>[0];

const base = `/api/ceremonies/${ceremonyId}`;

/** A staff session and a ceremony at `initial`; each step's handler may move it on. */
function ceremonyServer(
  initial: At,
  steps: Record<string, (at: At) => At | Response> = {},
  others: Record<string, Handler> = {},
) {
  let at = initial;
  const handlers: Record<string, Handler> = {
    'GET /api/session': () => jsonResponse(sessionOf('staff')),
    'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
    'GET /api/devices': () => jsonResponse([]),
    'GET /api/ceremonies/current': () => jsonResponse(detailsAt(at)),
    [`GET ${base}/console`]: () => jsonResponse(consoleAt(at)),
    [`GET ${base}/verification`]: () => jsonResponse(validVerification),
  };
  for (const [route, step] of Object.entries(steps)) {
    handlers[route] = () => {
      const next = step(at);
      if (next instanceof Response) {
        return next;
      }
      at = next;
      return route.endsWith('/seal')
        ? jsonResponse({
            fingerprint: sealFingerprint,
            sealedAt: '2016-03-24T07:30:00Z',
            verificationUrl: `https://summit.example/verify/${ceremonyId}`,
            pdfUrl: `${base}/sealed.pdf`,
          })
        : noContent();
    };
  }
  return stubApi({ ...handlers, ...others });
}

const consoleSection = () => screen.findByTestId('ceremony-console');

/** The step buttons the console offers, by name, in order. */
async function stepButtons() {
  const section = await consoleSection();
  await within(section).findByTestId('console-state');
  const steps = section.querySelector('.console__steps');
  return within(steps as HTMLElement)
    .queryAllByRole('button')
    .map((button) => button.textContent);
}

describe('the ceremony console', () => {
  it('offers a drafted ceremony only to be made ready, then shows the locked text’s fingerprint', async () => {
    const api = ceremonyServer(
      { state: 'draft' },
      { [`POST ${base}/preparation`]: () => ({ state: 'ready' }) },
    );
    const { user } = renderApp({ route: '/staff', language: 'en' });

    const section = await consoleSection();
    expect(await within(section).findByTestId('console-state')).toHaveTextContent(
      'State: being drafted',
    );
    expect(await stepButtons()).toEqual(['Make ready']);
    expect(within(section).queryByTestId('console-text-fingerprint')).not.toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Make ready' }));

    expect(await within(section).findByTestId('console-text-fingerprint')).toHaveTextContent(
      `Fingerprint of the locked text: ${textFingerprint}`,
    );
    expect(within(section).getByTestId('console-state')).toHaveTextContent('State: ready to open');
    expect(api.received(`POST ${base}/preparation`)).toHaveLength(1);
    expect(await stepButtons()).toEqual(['Open signing for everyone', 'Open one by one']);
  });

  it.each([
    ['Open signing for everyone', 'everyone', 'Signing is open for everyone at once.'],
    ['Open one by one', 'one-by-one', 'Signatories sign one by one, as you call them.'],
  ] as const)('opens a ready ceremony with “%s”', async (button, mode, said) => {
    const api = ceremonyServer(
      { state: 'ready' },
      { [`POST ${base}/opening`]: () => ({ state: 'open', signingMode: mode }) },
    );
    const { user } = renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    await user.click(await within(section).findByRole('button', { name: button }));

    expect(await within(section).findByTestId('console-mode')).toHaveTextContent(said);
    expect(api.received(`POST ${base}/opening`).map((request) => request.body)).toEqual([{ mode }]);
  });

  it('calls the next signatory one by one, and seals only once nobody is waiting', async () => {
    const api = ceremonyServer(
      { state: 'open', signingMode: 'one-by-one' },
      {
        [`POST ${base}/calls`]: (at) => ({
          ...at,
          signatories: [{ ...ko, status: 'called', tablet: 'connected' }, dyer],
        }),
      },
    );
    const { user } = renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    expect(await stepButtons()).toEqual(['Call next signatory', 'Seal']);
    expect(within(section).getByRole('button', { name: 'Seal' })).toBeDisabled();
    expect(within(section).getByTestId('console-seal-waiting')).toHaveTextContent(
      '2 signatories have neither confirmed nor been marked absent',
    );

    await user.click(within(section).getByRole('button', { name: 'Call next signatory' }));

    const taipei = within(section).getByTestId(`console-row-${ko.cityId}`);
    expect(await within(taipei).findByText('Called')).toBeInTheDocument();
    expect(within(taipei).getByTestId(`console-status-${ko.cityId}`)).toHaveTextContent(
      'Connected',
    );
    expect(api.received(`POST ${base}/calls`)).toHaveLength(1);
    expect(within(section).getByRole('button', { name: 'Seal' })).toBeDisabled();
  });

  it('leaves nobody to call once everyone has been called', async () => {
    ceremonyServer({
      state: 'open',
      signingMode: 'one-by-one',
      signatories: [
        { ...ko, status: 'confirmed' },
        { ...dyer, status: 'called' },
      ],
    });
    renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    expect(
      await within(section).findByRole('button', { name: 'Call next signatory' }),
    ).toBeDisabled();
  });

  it('seals once every signatory has confirmed or is absent and staff confirm it, and links the sealed declaration', async () => {
    const api = ceremonyServer(
      {
        state: 'open',
        signingMode: 'everyone',
        signatories: [
          { ...ko, status: 'confirmed', tablet: 'connected' },
          { ...dyer, status: 'absent' },
        ],
      },
      { [`POST ${base}/seal`]: (at) => ({ ...at, state: 'sealed' }) },
    );
    const { user } = renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    expect(await stepButtons()).toEqual(['Seal']);
    expect(within(section).queryByTestId('console-seal-waiting')).not.toBeInTheDocument();
    const steps = within(section).getByTestId('console-steps');
    await user.click(within(steps).getByRole('button', { name: 'Seal' }));
    // Sealing is final: the console asks first, and cancelling seals nothing.
    const question = within(section).getByRole('alertdialog', {
      name: 'Seal the declaration now?',
    });
    expect(question).toHaveAccessibleDescription(/Sealing is final/);
    expect(within(question).getByRole('button', { name: 'Seal' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(within(section).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.received(`POST ${base}/seal`)).toHaveLength(0);

    await user.click(within(steps).getByRole('button', { name: 'Seal' }));
    await user.click(
      within(within(section).getByRole('alertdialog')).getByRole('button', { name: 'Seal' }),
    );

    const sealed = await within(section).findByTestId('console-sealed');
    expect(within(sealed).getByTestId('console-seal-fingerprint')).toHaveTextContent(
      sealFingerprint,
    );
    expect(within(sealed).getByRole('link', { name: 'Sealed declaration (PDF)' })).toHaveAttribute(
      'href',
      `${base}/sealed.pdf`,
    );
    expect(within(sealed).getByRole('link', { name: 'Verification page' })).toHaveAttribute(
      'href',
      `/verify/${ceremonyId}`,
    );
    expect(within(sealed).getByRole('link', { name: 'Replay of the ceremony' })).toHaveAttribute(
      'href',
      `/replay/${ceremonyId}`,
    );
    expect(within(section).getByTestId('console-state')).toHaveTextContent('State: sealed');
    expect(await stepButtons()).toEqual([]);
    expect(api.received(`POST ${base}/seal`)).toHaveLength(1);
    // Nothing is left to pair or to mark once sealed.
    expect(within(section).queryByRole('button', { name: /Pair|absent/ })).not.toBeInTheDocument();
  });

  it('shows a ceremony sealed before the page opened with the seal’s fingerprint', async () => {
    ceremonyServer({
      state: 'sealed',
      signingMode: 'everyone',
      signatories: [
        { ...ko, status: 'confirmed' },
        { ...dyer, status: 'confirmed' },
      ],
    });
    renderApp({ route: '/staff', language: 'zh-Hant' });
    const section = await consoleSection();

    const sealed = await within(section).findByTestId('console-sealed');
    expect(await within(sealed).findByText(sealFingerprint)).toBeInTheDocument();
    expect(within(section).getByTestId('console-state')).toHaveTextContent('狀態：已封存');
  });

  it('lists each signatory in signing order with both city names, status and tablet', async () => {
    ceremonyServer({
      state: 'open',
      signingMode: 'everyone',
      signatories: [
        { ...ko, status: 'called', tablet: 'connected', signing: true },
        { ...dyer, status: 'called', tablet: 'paired' },
      ],
      screens: { paired: 2, connected: 1 },
    });
    renderApp({ route: '/staff', language: 'zh-Hant' });
    const section = await consoleSection();

    const table = await within(section).findByRole('table', { name: '依簽署順序排列的簽署人' });
    await within(section).findByText('大螢幕：已配對 2 台，已連線 1 台。');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.dataset.testid)).toEqual([
      'console-row-taipei',
      'console-row-orlando',
    ]);
    const [taipei, orlando] = rows as [HTMLElement, HTMLElement];
    expect(within(taipei).getByRole('rowheader')).toHaveTextContent('臺北市Taipei');
    expect(within(taipei).getByText('臺北市')).toHaveAttribute('lang', 'zh-Hant');
    expect(within(taipei).getByText('Taipei')).toHaveAttribute('lang', 'en');
    expect(within(taipei).getByText('柯文哲')).toBeInTheDocument();
    expect(within(taipei).getByTestId('console-status-taipei')).toHaveTextContent('簽署中');
    expect(within(taipei).getByTestId('console-tablet-taipei')).toHaveTextContent('已連線');
    expect(within(orlando).getByTestId('console-status-orlando')).toHaveTextContent('已配對');
    expect(within(orlando).getByTestId('console-tablet-orlando')).toHaveTextContent(
      '已配對，未連線',
    );
  });

  it.each([
    [{ tablet: 'none' }, 'Not paired', 'No tablet'],
    [{ tablet: 'paired' }, 'Paired', 'Paired, not connected'],
    [{ tablet: 'connected' }, 'Connected', 'Connected'],
    [{ tablet: 'connected', signing: true }, 'Signing', 'Connected'],
    [{ tablet: 'connected', status: 'confirmed' }, 'Confirmed', 'Connected'],
    [{ tablet: 'none', status: 'absent' }, 'Absent', 'No tablet'],
  ] as const)('says a signatory with %o is “%s”', async (state, status, tablet) => {
    ceremonyServer({
      state: 'open',
      signingMode: 'everyone',
      signatories: [{ ...ko, status: 'called', ...state }, dyer],
    });
    renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    // Once the console answered: until then the ceremony's own list stands in, without tablets.
    await within(section).findByText('Big screens: 0 paired, 0 connected.');
    expect(within(section).getByTestId('console-status-taipei')).toHaveTextContent(status);
    expect(within(section).getByTestId('console-tablet-taipei')).toHaveTextContent(tablet);
  });

  it('marks a signatory absent only once staff confirm it', async () => {
    const api = ceremonyServer(
      { state: 'ready' },
      {
        [`POST ${base}/signatories/${dyer.signatoryId}/absence`]: (at) => ({
          ...at,
          signatories: [ko, { ...dyer, status: 'absent' }],
        }),
      },
    );
    const { user } = renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    await user.click(
      await within(section).findByRole('button', { name: 'Mark Buddy Dyer (Orlando) absent' }),
    );
    const dialog = within(section).getByRole('alertdialog', {
      name: 'Mark Buddy Dyer (Orlando) absent?',
    });
    expect(within(dialog).getByRole('button', { name: 'Mark absent' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(within(section).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.received(`POST ${base}/signatories/${dyer.signatoryId}/absence`)).toHaveLength(0);

    await user.click(
      within(section).getByRole('button', { name: 'Mark Buddy Dyer (Orlando) absent' }),
    );
    await user.click(
      within(within(section).getByRole('alertdialog')).getByRole('button', {
        name: 'Mark absent',
      }),
    );

    expect(await within(section).findByTestId('console-status-orlando')).toHaveTextContent(
      'Absent',
    );
    await waitFor(() => {
      expect(
        within(section).queryByRole('button', { name: 'Mark Buddy Dyer (Orlando) absent' }),
      ).not.toBeInTheDocument();
    });
    expect(api.received(`POST ${base}/signatories/${dyer.signatoryId}/absence`)).toHaveLength(1);
  });

  it('offers no tablet pairing and no absence while the ceremony is drafted: signatories are not fixed yet', async () => {
    ceremonyServer({ state: 'draft' });
    renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    expect(await within(section).findByRole('button', { name: 'Pair a big screen' })).toBeEnabled();
    expect(within(section).getByTestId('console-row-taipei')).toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: /Pair a tablet/ }),
    ).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /absent/ })).not.toBeInTheDocument();
  });

  it('pairs a signatory’s tablet with a short code and a QR code of the pairing link', async () => {
    const api = ceremonyServer(
      { state: 'ready' },
      {},
      {
        'POST /api/devices/pairings': () =>
          jsonResponse({ code: 'ABCD-EFGH', expiresAt: '2016-03-24T02:30:00Z' }, 201),
      },
    );
    const { user } = renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    await user.click(
      await within(section).findByRole('button', { name: 'Pair a tablet for Ko Wen-je (Taipei)' }),
    );

    const pairing = await within(section).findByTestId('console-pairing');
    expect(
      within(pairing).getByRole('heading', {
        name: 'Pairing code for the tablet of Ko Wen-je (Taipei)',
      }),
    ).toBeInTheDocument();
    expect(within(pairing).getByTestId('console-pairing-code')).toHaveTextContent('ABCD-EFGH');
    const qr = within(pairing).getByRole('img', {
      name: 'QR code that pairs the device with code ABCD-EFGH',
    });
    expect(qr).toHaveAttribute('data-qr-text', `${window.location.origin}/pair?code=ABCD-EFGH`);
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(api.received('POST /api/devices/pairings').map((request) => request.body)).toEqual([
      { kind: 'tablet', ceremonyId, signatoryId: ko.signatoryId },
    ]);

    await user.click(within(pairing).getByRole('button', { name: 'Done' }));
    expect(within(section).queryByTestId('console-pairing')).not.toBeInTheDocument();
  });

  it('pairs a big screen for the whole ceremony', async () => {
    const api = ceremonyServer(
      { state: 'open', signingMode: 'everyone' },
      {},
      {
        'POST /api/devices/pairings': () =>
          jsonResponse({ code: 'WXYZ-2345', expiresAt: '2016-03-24T02:30:00Z' }, 201),
      },
    );
    const { user } = renderApp({ route: '/staff', language: 'en' });
    const section = await consoleSection();

    await user.click(await within(section).findByRole('button', { name: 'Pair a big screen' }));

    const pairing = await within(section).findByTestId('console-pairing');
    expect(
      within(pairing).getByRole('heading', { name: 'Pairing code for a big screen' }),
    ).toBeInTheDocument();
    expect(within(pairing).getByTestId('console-pairing-code')).toHaveTextContent('WXYZ-2345');
    expect(api.received('POST /api/devices/pairings').map((request) => request.body)).toEqual([
      { kind: 'screen', ceremonyId },
    ]);
  });

  it('explains a refused pairing in the reader’s language', async () => {
    ceremonyServer(
      { state: 'ready' },
      {},
      {
        'POST /api/devices/pairings': () =>
          refusedFieldsResponse([
            { field: 'ceremonyId', code: 'pairing.ceremony.unknown', args: { ceremonyId } },
          ]),
      },
    );
    const { user } = renderApp({ route: '/staff', language: 'zh-Hant' });
    const section = await consoleSection();

    await user.click(await within(section).findByRole('button', { name: '配對大螢幕' }));

    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent(`沒有「${ceremonyId}」這場典禮`);
    expect(alert).not.toHaveTextContent('English message');
  });

  it('explains a refused step in the reader’s language', async () => {
    const api = ceremonyServer(
      { state: 'open', signingMode: 'one-by-one' },
      { [`POST ${base}/calls`]: () => codedProblemResponse(409, 'ceremony.call.nobody') },
    );
    const { user } = renderApp({ route: '/staff', language: 'zh-Hant' });
    const section = await consoleSection();

    await user.click(await within(section).findByRole('button', { name: '邀請下一位簽署人' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('所有簽署人皆已受邀簽署。');
    expect(api.received(`POST ${base}/calls`)).toHaveLength(1);
  });

  it('says when no ceremony has been set up', async () => {
    stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('staff')),
      'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
      'GET /api/devices': () => jsonResponse([]),
      'GET /api/ceremonies/current': () => codedProblemResponse(404, 'ceremony.none'),
    });
    renderApp({ route: '/staff', language: 'en' });

    expect(await screen.findByTestId('console-no-ceremony')).toHaveTextContent(
      'No ceremony has been set up yet.',
    );
  });
});

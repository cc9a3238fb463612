import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { PairRoute } from '@/app/routes/pair';
import { deviceStorageKey } from '@/lib/device-credential';
import { stubApi } from '@/testing/fake-api';
import { jsonResponse, problemResponse } from '@/testing/responses';
import { renderWithProviders } from '@/testing/test-utils';

const tablet = {
  token: 'device-token-1',
  kind: 'tablet',
  ceremonyId: '7d1c2a0e-2016-4a5b-8c9d-000000000001',
  ceremonyName: { 'zh-Hant': '2016 智慧城市市長高峰會', en: "2016 Smart City Mayors' Summit" },
  signatoryId: '7d1c2a0e-2016-4a5b-8c9d-0000000000aa',
  signatoryName: { 'zh-Hant': '巴迪·戴爾', en: 'Buddy Dyer' },
  cityName: { 'zh-Hant': '奧蘭多', en: 'Orlando' },
  expiresAt: '2999-01-01T00:00:00Z',
};

const bigScreen = {
  ...tablet,
  token: 'device-token-2',
  kind: 'screen',
  signatoryId: null,
  signatoryName: null,
  cityName: null,
};

/** The pairing page and stand-ins for the device pages it leads to (built in their own routes). */
function renderPairing(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/pair" element={<PairRoute />} />
      <Route path="/tablet" element={<p>tablet page</p>} />
      <Route path="/screen" element={<p>screen page</p>} />
    </Routes>,
    { route, language: 'en' },
  );
}

describe('the pairing link of the staff’s QR code', () => {
  it('pairs a tablet with the code it carries, at once, and opens the tablet’s page', async () => {
    const api = stubApi({ 'POST /api/devices/pair': () => jsonResponse(tablet) });
    renderPairing('/pair?code=ABCD-EFGH');

    expect(await screen.findByText('tablet page')).toBeInTheDocument();
    expect(api.received('POST /api/devices/pair').map((request) => request.body)).toEqual([
      { code: 'ABCD-EFGH' },
    ]);
    expect(JSON.parse(window.localStorage.getItem(deviceStorageKey) ?? 'null')).toEqual(tablet);
  });

  it('opens the big screen’s page for a screen, even where another pairing was stored', async () => {
    window.localStorage.setItem(deviceStorageKey, JSON.stringify(tablet));
    stubApi({ 'POST /api/devices/pair': () => jsonResponse(bigScreen) });
    renderPairing('/pair?code=WXYZ-2345');

    expect(await screen.findByText('screen page')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(deviceStorageKey) ?? 'null')).toEqual(bigScreen);
  });

  it('leaves the code filled in, with the reason, when it no longer works', async () => {
    stubApi({
      'POST /api/devices/pair': () =>
        problemResponse({ type: 'about:blank', title: 'Gone', status: 410, detail: 'Gone' }),
    });
    renderPairing('/pair?code=ABCD-EFGH');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This code is unknown, used or expired',
    );
    expect(screen.getByLabelText('Pairing code')).toHaveValue('ABCD-EFGH');
    expect(screen.queryByText('tablet page')).not.toBeInTheDocument();
  });

  it('opens the device’s page after a code typed by hand too', async () => {
    stubApi({ 'POST /api/devices/pair': () => jsonResponse(tablet) });
    const { user } = renderPairing('/pair');

    await user.type(screen.getByLabelText('Pairing code'), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: 'Pair' }));

    expect(await screen.findByText('tablet page')).toBeInTheDocument();
  });
});

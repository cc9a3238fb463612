import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { deviceAuthHeader, deviceStorageKey } from '@/lib/device-credential';
import { setCsrfToken } from '@/lib/api-client';
import { stubApi } from '@/testing/fake-api';
import { jsonResponse, problemResponse } from '@/testing/responses';
import { renderApp, renderWithProviders } from '@/testing/test-utils';

import { DevicePairing } from '@/features/accounts/components/device-pairing';

const tablet = {
  token: 'device-token-1',
  kind: 'tablet',
  ceremonyId: '7d1c2a0e-2016-4a5b-8c9d-000000000001',
  ceremonyName: { 'zh-Hant': '2016 智慧城市市長高峰會', en: "2016 Smart City Mayors' Summit" },
  signatoryId: '7d1c2a0e-2016-4a5b-8c9d-0000000000aa',
  signatoryName: { 'zh-Hant': '戴爾', en: 'Buddy Dyer' },
  cityName: { 'zh-Hant': '奧蘭多', en: 'Orlando' },
  expiresAt: '2999-01-01T00:00:00Z',
};

describe('the pairing page', () => {
  it('redeems the code anonymously, stores the credential and says what the device is', async () => {
    // Even with a staff session on this browser, the device pairs without it.
    setCsrfToken('csrf-token-of-staff');
    const api = stubApi({ 'POST /api/devices/pair': () => jsonResponse(tablet) });
    // On its own: the pairing page goes on to the device's view (see app/routes/pair.test.tsx).
    const { user } = renderWithProviders(<DevicePairing />, { language: 'en' });

    await user.type(screen.getByLabelText('Pairing code'), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: 'Pair' }));

    expect(await screen.findByTestId('paired-device')).toHaveTextContent(
      "This tablet is paired for the signing of 2016 Smart City Mayors' Summit: Buddy Dyer signs for Orlando.",
    );
    const [request] = api.received('POST /api/devices/pair');
    expect(request?.body).toEqual({ code: 'ABCD-EFGH' });
    expect(request?.headers.get('X-CSRF-Token')).toBeNull();
    expect(JSON.parse(window.localStorage.getItem(deviceStorageKey) ?? 'null')).toEqual(tablet);
    expect(deviceAuthHeader()).toEqual({ Authorization: 'Bearer device-token-1' });

    await user.click(screen.getByRole('button', { name: 'Unpair this device' }));

    expect(window.localStorage.getItem(deviceStorageKey)).toBeNull();
    expect(deviceAuthHeader()).toEqual({});
    expect(screen.getByLabelText('Pairing code')).toHaveValue('');
  });

  it('explains a code that is unknown, used or expired (410)', async () => {
    stubApi({
      'POST /api/devices/pair': () =>
        problemResponse({ type: 'about:blank', title: 'Gone', status: 410, detail: 'Gone' }),
    });
    const { user } = renderApp({ route: '/pair', language: 'en' });

    await user.type(screen.getByLabelText('Pairing code'), 'WXYZ-0000');
    await user.click(screen.getByRole('button', { name: 'Pair' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This code is unknown, used or expired',
    );
    expect(window.localStorage.getItem(deviceStorageKey)).toBeNull();
    expect(screen.queryByTestId('paired-device')).not.toBeInTheDocument();
  });

  it('shows a stored screen pairing on load, but not an expired one', async () => {
    stubApi();
    const screenCredential = {
      ...tablet,
      kind: 'screen',
      signatoryId: null,
      signatoryName: null,
      cityName: null,
    };
    window.localStorage.setItem(deviceStorageKey, JSON.stringify(screenCredential));
    const first = renderApp({ route: '/pair', language: 'zh-Hant' });

    expect(await screen.findByTestId('paired-device')).toHaveTextContent(
      '此螢幕已配對，顯示「2016 智慧城市市長高峰會」的簽署典禮。',
    );
    first.unmount();

    window.localStorage.setItem(
      deviceStorageKey,
      JSON.stringify({ ...screenCredential, expiresAt: '2016-03-24T00:00:00Z' }),
    );
    renderApp({ route: '/pair', language: 'zh-Hant' });

    expect(screen.getByLabelText('配對碼')).toBeInTheDocument();
    expect(screen.queryByTestId('paired-device')).not.toBeInTheDocument();
    expect(deviceAuthHeader()).toEqual({});
  });

  it('is not in the navigation', async () => {
    stubApi();
    renderApp({ route: '/pair', language: 'en' });

    expect(screen.getByRole('heading', { level: 1, name: 'Pair this device' })).toBeInTheDocument();
    expect(await screen.findByRole('navigation', { name: 'Role views' })).not.toHaveTextContent(
      'Pair',
    );
  });
});

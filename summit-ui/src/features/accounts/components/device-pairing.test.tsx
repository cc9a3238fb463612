import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { deviceAuthHeader, deviceStorageKey } from '@/lib/device-credential';
import { setCsrfToken } from '@/lib/api-client';
import { stubApi } from '@/testing/fake-api';
import { jsonResponse, problemResponse } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const tablet = {
  token: 'device-token-1',
  kind: 'tablet',
  ceremonyId: 'signing-2016',
  signatoryId: 'orlando',
  expiresAt: '2999-01-01T00:00:00Z',
};

describe('the pairing page', () => {
  it('redeems the code anonymously, stores the credential and says what the device is', async () => {
    // Even with a staff session on this browser, the device pairs without it.
    setCsrfToken('csrf-token-of-staff');
    const api = stubApi({ 'POST /api/devices/pair': () => jsonResponse(tablet) });
    const { user } = renderApp({ route: '/pair', language: 'en' });

    await user.type(screen.getByLabelText('Pairing code'), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: 'Pair' }));

    expect(await screen.findByTestId('paired-device')).toHaveTextContent(
      'This tablet is paired for ceremony signing-2016, signatory orlando',
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
    const screenCredential = { ...tablet, kind: 'screen', signatoryId: null };
    window.localStorage.setItem(deviceStorageKey, JSON.stringify(screenCredential));
    const first = renderApp({ route: '/pair', language: 'zh-Hant' });

    expect(await screen.findByTestId('paired-device')).toHaveTextContent(
      '此螢幕已配對至典禮 signing-2016。',
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

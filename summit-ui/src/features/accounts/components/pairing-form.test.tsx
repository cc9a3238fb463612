import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { signingRoll2016, taipeiSigns } from '@/testing/ceremony';
import { stubApi, type ReceivedRequest } from '@/testing/fake-api';
import {
  codedProblemResponse,
  jsonResponse,
  noContent,
  refusedFieldsResponse,
  sessionOf,
  taipei2016,
} from '@/testing/responses';
import { setCsrfToken } from '@/lib/api-client';
import { renderApp, renderWithProviders } from '@/testing/test-utils';

import { PairingForm } from '@/features/accounts/components/pairing-form';

const tablet = {
  id: '9e0c7d52-0000-4a5b-8c9d-00000000d001',
  kind: 'tablet',
  ceremonyId: taipei2016.id,
  signatoryId: taipeiSigns.signatoryId,
  signatoryName: taipeiSigns.signatoryName,
  pairedAt: '2016-03-24T01:00:00Z',
  expiresAt: '2016-03-25T01:00:00Z',
};

function staffServer(
  issue: (request: ReceivedRequest) => Response,
  devices: unknown[] = [],
  revoke?: () => Response,
) {
  const state = { devices };
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('staff')),
    'POST /api/devices/pairings': issue,
    'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
    'GET /api/devices': () => jsonResponse(state.devices),
    // The staff view opens with the ceremony console; without a ceremony it says so, quietly.
    'GET /api/ceremonies/current': () => codedProblemResponse(404, 'ceremony.none'),
    [`DELETE /api/devices/${tablet.id}`]: () => {
      state.devices = [];
      return revoke ? revoke() : noContent();
    },
  });
}

const issued = () => jsonResponse({ code: 'ABCD-EFGH', expiresAt: '2016-03-23T02:30:00Z' }, 201);

// The staff view pairs devices from the ceremony console now (features/ceremony); this form is
// no longer on it, so its own tests render it alone.
function renderForm(language: 'en' | 'zh-Hant') {
  // In the app the staff's session hands its token over; here the form stands alone.
  setCsrfToken(sessionOf('staff').csrfToken);
  return renderWithProviders(<PairingForm />, { route: '/staff', language });
}

describe('the pairing form', () => {
  it('issues a code for a signatory of the signing roll and shows it with the instruction', async () => {
    const api = staffServer(issued);
    const { user } = renderForm('en');

    expect(await screen.findByTestId('pairing-ceremony')).toHaveTextContent(
      "2016 Smart City Mayors' Summit",
    );
    await user.selectOptions(screen.getByLabelText('Device'), 'Signatory tablet');
    await user.selectOptions(screen.getByLabelText('Signatory'), 'Ko Wen-je (Taipei)');
    await user.click(screen.getByRole('button', { name: 'Issue a pairing code' }));

    expect(await screen.findByTestId('pairing-code')).toHaveTextContent('ABCD-EFGH');
    expect(screen.getByText(/valid until 23 Mar 2016/)).toBeInTheDocument();
    expect(screen.getByText('On the device, open /pair and enter this code.')).toBeInTheDocument();
    const [request] = api.received('POST /api/devices/pairings');
    expect(request?.body).toEqual({
      kind: 'tablet',
      ceremonyId: taipei2016.id,
      signatoryId: taipeiSigns.signatoryId,
    });
    expect(request?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-staff');
  });

  it('offers only designated signatories, and asks one only for a tablet', async () => {
    const api = staffServer(issued);
    const { user } = renderForm('zh-Hant');

    const signatory = await screen.findByLabelText('簽署人');
    expect(
      within(signatory)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['請選擇簽署人', '柯文哲（臺北市）']);
    await user.click(screen.getByRole('button', { name: '產生配對碼' }));

    expect(screen.getByRole('alert')).toHaveTextContent('請選擇此平板所屬的簽署人。');
    expect(api.received('POST /api/devices/pairings')).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('裝置'), '大螢幕');
    expect(screen.queryByLabelText('簽署人')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '產生配對碼' }));

    expect(await screen.findByTestId('pairing-code')).toHaveTextContent('ABCD-EFGH');
    expect(api.received('POST /api/devices/pairings')[0]?.body).toEqual({
      kind: 'screen',
      ceremonyId: taipei2016.id,
    });
  });

  it('shows what the server refused next to the field', async () => {
    staffServer(() =>
      refusedFieldsResponse([
        {
          field: 'signatoryId',
          code: 'pairing.signatory.unknown',
          args: { signatoryId: taipeiSigns.signatoryId },
        },
      ]),
    );
    const { user } = renderForm('en');

    await user.selectOptions(await screen.findByLabelText('Signatory'), 'Ko Wen-je (Taipei)');
    await user.click(screen.getByRole('button', { name: 'Issue a pairing code' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'is not a signatory on the signing roll',
    );
    expect(screen.queryByTestId('pairing-code')).not.toBeInTheDocument();
  });
});

describe('the paired devices on the staff view', () => {
  it('lists the paired devices and revokes one', async () => {
    const api = staffServer(issued, [tablet]);
    const { user } = renderApp({ route: '/staff', language: 'en' });

    const list = await screen.findByRole('table', { name: 'Paired devices' });
    expect(within(list).getByText('Ko Wen-je')).toBeInTheDocument();
    await user.click(
      within(list).getByRole('button', { name: 'Revoke the Signatory tablet of Ko Wen-je' }),
    );

    expect(api.received(`DELETE /api/devices/${tablet.id}`)).toHaveLength(1);
    expect(await screen.findByText('No device is paired.')).toBeInTheDocument();
  });

  it('says in Chinese why a revocation failed', async () => {
    staffServer(issued, [tablet], () => codedProblemResponse(404, 'device.not-found'));
    const { user } = renderApp({ route: '/staff', language: 'zh-Hant' });

    const list = await screen.findByRole('table', { name: '已配對裝置' });
    await user.click(within(list).getByRole('button', { name: '撤銷 柯文哲 的簽署平板' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('找不到此已配對裝置');
  });
});

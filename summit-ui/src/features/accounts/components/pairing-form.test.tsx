import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { signingRoll2016 } from '@/testing/ceremony';
import { stubApi, type ReceivedRequest } from '@/testing/fake-api';
import { jsonResponse, refusedFieldsResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

function staffServer(issue: (request: ReceivedRequest) => Response) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('staff')),
    'POST /api/devices/pairings': issue,
    'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
  });
}

const issued = () => jsonResponse({ code: 'ABCD-EFGH', expiresAt: '2016-03-23T02:30:00Z' }, 201);

describe('pairing a device from the staff view', () => {
  it('issues a code for a signatory tablet and shows it with the instruction', async () => {
    const api = staffServer(issued);
    const { user } = renderApp({ route: '/staff', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Pair a device' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Device'), 'Signatory tablet');
    await user.type(screen.getByLabelText('Ceremony id'), 'signing-2016');
    await user.type(screen.getByLabelText('Signatory id'), 'orlando');
    await user.click(screen.getByRole('button', { name: 'Issue a pairing code' }));

    expect(await screen.findByTestId('pairing-code')).toHaveTextContent('ABCD-EFGH');
    expect(screen.getByText(/valid until 23 Mar 2016/)).toBeInTheDocument();
    expect(screen.getByText('On the device, open /pair and enter this code.')).toBeInTheDocument();
    const [request] = api.received('POST /api/devices/pairings');
    expect(request?.body).toEqual({
      kind: 'tablet',
      ceremonyId: 'signing-2016',
      signatoryId: 'orlando',
    });
    expect(request?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-staff');
  });

  it('asks a signatory only for a tablet', async () => {
    const api = staffServer(issued);
    const { user } = renderApp({ route: '/staff', language: 'zh-Hant' });

    await user.type(await screen.findByLabelText('典禮代碼'), 'signing-2016');
    await user.click(screen.getByRole('button', { name: '產生配對碼' }));

    expect(screen.getByRole('alert')).toHaveTextContent('請輸入此平板所屬的簽署人。');
    expect(screen.getByLabelText('簽署人代碼')).toBeInvalid();
    expect(api.received('POST /api/devices/pairings')).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('裝置'), '大螢幕');
    expect(screen.queryByLabelText('簽署人代碼')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '產生配對碼' }));

    expect(await screen.findByTestId('pairing-code')).toHaveTextContent('ABCD-EFGH');
    expect(api.received('POST /api/devices/pairings')[0]?.body).toEqual({
      kind: 'screen',
      ceremonyId: 'signing-2016',
    });
  });

  it('shows what the server refused next to the field', async () => {
    staffServer(() =>
      refusedFieldsResponse([{ field: 'ceremonyId', code: 'text.too-long', args: { max: 64 } }]),
    );
    const { user } = renderApp({ route: '/staff', language: 'en' });

    await user.selectOptions(await screen.findByLabelText('Device'), 'Big screen');
    await user.type(screen.getByLabelText('Ceremony id'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Issue a pairing code' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This has at most 64 characters.');
    expect(screen.getByLabelText('Ceremony id')).toHaveAccessibleDescription(
      'This has at most 64 characters.',
    );
    expect(screen.queryByTestId('pairing-code')).not.toBeInTheDocument();
  });
});

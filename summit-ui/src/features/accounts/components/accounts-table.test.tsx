import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { signingRoll2016 } from '@/testing/ceremony';
import { stubApi } from '@/testing/fake-api';
import {
  accounts,
  codedProblemResponse,
  jsonResponse,
  noContent,
  sessionOf,
} from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

function server(deactivated: boolean, deactivation?: () => Response) {
  const state = { deactivated };
  const api = stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/accounts': () =>
      jsonResponse([
        { ...accounts.organiser, active: true, deactivated: false },
        { ...accounts.staff, active: !state.deactivated, deactivated: state.deactivated },
      ]),
    'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
    [`POST /api/accounts/${accounts.staff.id}/deactivation`]: () => {
      state.deactivated = true;
      return deactivation ? deactivation() : noContent();
    },
    [`DELETE /api/accounts/${accounts.staff.id}/deactivation`]: () => {
      state.deactivated = false;
      return noContent();
    },
  });
  return api;
}

describe('deactivating an account', () => {
  it('deactivates another account and shows its new status, in English', async () => {
    const api = server(false);
    const { user } = renderApp({ route: '/organiser/accounts', language: 'en' });

    const table = await screen.findByRole('table', { name: 'Accounts' });
    const [, own, other] = within(table).getAllByRole('row');
    expect(own && within(own).queryByRole('button')).toBeNull();
    expect(other).toBeDefined();
    await user.click(
      within(table).getByRole('button', {
        name: 'Deactivate the account of Chen Wei',
      }),
    );

    expect(api.received(`POST /api/accounts/${accounts.staff.id}/deactivation`)).toHaveLength(1);
    expect(await within(table).findByText('Deactivated')).toBeInTheDocument();
    expect(
      within(table).getByRole('button', { name: 'Reactivate the account of Chen Wei' }),
    ).toBeInTheDocument();
  });

  it('reactivates a deactivated account, in Chinese', async () => {
    const api = server(true);
    const { user } = renderApp({ route: '/organiser/accounts', language: 'zh-Hant' });

    const table = await screen.findByRole('table', { name: '帳號' });
    expect(within(table).getByText('已停用')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: '重新啟用 Chen Wei 的帳號' }));

    expect(api.received(`DELETE /api/accounts/${accounts.staff.id}/deactivation`)).toHaveLength(1);
    expect(await within(table).findAllByText('啟用中')).toHaveLength(2);
    expect(within(table).queryByText('已停用')).not.toBeInTheDocument();
  });

  it('says why a deactivation was refused, in the reader’s language', async () => {
    server(false, () => codedProblemResponse(409, 'account.deactivate.self'));
    const { user } = renderApp({ route: '/organiser/accounts', language: 'zh-Hant' });

    const table = await screen.findByRole('table', { name: '帳號' });
    await user.click(within(table).getByRole('button', { name: '停用 Chen Wei 的帳號' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('您無法停用自己的帳號');
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { stubApi, type Handler } from '@/testing/fake-api';
import { jsonResponse, refusedFieldsResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { AccountRole, Schemas } from '@/types/api';

const delegateDefaults: Schemas['NoticePreferences'] = {
  language: null,
  emailDigest: false,
  kinds: [
    'session.changed',
    'exchange.requested',
    'exchange.accepted',
    'exchange.declined',
    'exchange.scheduled',
    'exchange.rescheduled',
    'exchange.cancelled',
    'ceremony.called',
    'ceremony.sealed',
  ].map((kind) => ({ kind: kind as Schemas['NoticeChoice']['kind'], inApp: true, email: true })),
};

function server(role: AccountRole, preferences: Schemas['NoticePreferences'], put?: Handler) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf(role)),
    'GET /api/notifications/preferences': () => jsonResponse(preferences),
    'PUT /api/notifications/preferences': put ?? ((request) => jsonResponse(request.body)),
  });
}

describe('notification preferences', () => {
  it("lists the kinds of the person's role on both channels, and saves what they change", async () => {
    const api = server('delegate', delegateDefaults);
    const { user } = renderApp({ route: '/notifications/preferences', language: 'en' });

    const form = await screen.findByTestId('notice-preferences');
    expect(within(form).getAllByRole('row')).toHaveLength(10);
    expect(
      within(form).getByRole('rowheader', { name: 'A session of mine changed' }),
    ).toBeInTheDocument();
    expect(
      within(form).getByRole('rowheader', { name: 'I am called to sign' }),
    ).toBeInTheDocument();
    expect(
      within(form).getByRole('checkbox', { name: 'A session of mine changed: by e-mail' }),
    ).toBeChecked();

    await user.click(
      within(form).getByRole('checkbox', { name: 'A session of mine changed: by e-mail' }),
    );
    await user.click(
      within(form).getByRole('checkbox', { name: 'An exchange was declined: in the app' }),
    );
    await user.click(within(form).getByRole('radio', { name: 'One daily digest' }));
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Language of your e-mails' }),
      'en',
    );
    await user.click(within(form).getByRole('button', { name: 'Save preferences' }));

    expect(await screen.findByTestId('preferences-saved')).toHaveTextContent(
      'Your preferences are saved.',
    );
    const sent = api.received('PUT /api/notifications/preferences')[0]
      ?.body as Schemas['NoticePreferences'];
    expect(sent.language).toBe('en');
    expect(sent.emailDigest).toBe(true);
    expect(sent.kinds.filter((choice) => !choice.inApp || !choice.email)).toEqual([
      { kind: 'session.changed', inApp: true, email: false },
      { kind: 'exchange.declined', inApp: false, email: true },
    ]);
  });

  it('shows staff only their own kind, named in Traditional Chinese', async () => {
    server('staff', {
      language: 'zh-Hant',
      emailDigest: true,
      kinds: [{ kind: 'staff.tablet-disconnected', inApp: true, email: false }],
    });
    renderApp({ route: '/notifications/preferences', language: 'zh-Hant' });

    const form = await screen.findByTestId('notice-preferences');
    expect(within(form).getAllByRole('row')).toHaveLength(2);
    expect(
      within(form).getByRole('rowheader', { name: '簽署期間平板中斷連線' }),
    ).toBeInTheDocument();
    expect(
      within(form).getByRole('checkbox', { name: '簽署期間平板中斷連線：電子郵件' }),
    ).not.toBeChecked();
    expect(within(form).getByRole('radio', { name: '每日寄送一封摘要' })).toBeChecked();
    expect(within(form).getByRole('combobox', { name: '電子郵件語言' })).toHaveValue('zh-Hant');
  });

  it('explains each refused field in the reader language', async () => {
    server('delegate', delegateDefaults, () =>
      refusedFieldsResponse([
        { field: 'language', code: 'notice.language.unknown', args: { value: 'fr' } },
        {
          field: 'kinds[0].kind',
          code: 'notice.kind.not-offered',
          args: { value: 'session.changed' },
        },
      ]),
    );
    const { user } = renderApp({ route: '/notifications/preferences', language: 'zh-Hant' });

    await user.click(await screen.findByRole('button', { name: '儲存設定' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('「fr」不是 Summit 使用的語言');
    expect(summary).toHaveTextContent('「session.changed」不是您可以設定的通知');
    expect(screen.queryByTestId('preferences-saved')).not.toBeInTheDocument();
  });
});

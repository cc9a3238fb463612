import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { stubApi, type Handler } from '@/testing/fake-api';
import { notice } from '@/testing/notifications';
import { codedProblemResponse, jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { Schemas } from '@/types/api';

const moved = notice();
const accepted = notice({
  id: '3b0f1c52-0000-4000-8000-000000000002',
  kind: 'exchange.accepted',
  title: { 'zh-Hant': '恩荷芬接受了交流邀請', en: 'Eindhoven accepted the exchange' },
  body: { 'zh-Hant': '自行車道交流已議定。', en: 'The exchange on cycle lanes is agreed.' },
  link: null,
  createdAt: '2016-03-21T08:00:00Z',
  readAt: '2016-03-21T09:00:00Z',
  read: true,
});

/** A delegate's server whose notifications are `notices` (the first ones unread until marked). */
function delegateServer(notices: Schemas['Notice'][], more: Record<string, Handler> = {}) {
  let current = notices;
  const list = () => {
    const unread = current.filter((each) => !each.read).length;
    return jsonResponse({ notices: current, unread, total: current.length });
  };
  const api = stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('delegate')),
    'GET /api/notifications?limit=1': list,
    'GET /api/notifications?limit=20': list,
    [`POST /api/notifications/${moved.id}/read`]: () => {
      current = current.map((each) =>
        each.id === moved.id ? { ...each, read: true, readAt: '2016-03-22T02:00:00Z' } : each,
      );
      const marked = current.find((each) => each.id === moved.id);
      return jsonResponse({ notice: marked, unread: 0 });
    },
    'POST /api/notifications/read-all': () => {
      const marked = current.filter((each) => !each.read).length;
      current = current.map((each) => ({ ...each, read: true, readAt: '2016-03-22T02:00:00Z' }));
      return jsonResponse({ marked, unread: 0 });
    },
    ...more,
  });
  return api;
}

describe('the notification list', () => {
  it('shows each notification in the interface language with its time in the summit zone, unread ones marked', async () => {
    delegateServer([moved, accepted]);
    renderApp({ route: '/notifications', language: 'zh-Hant' });

    const list = await screen.findByTestId('notifications-list');
    const first = within(list).getByTestId(`notice-${moved.id}`);
    expect(first).toHaveTextContent('開幕式時間變更');
    expect(first).toHaveTextContent('開幕式改至 3 月 23 日 10:00，地點不變。');
    expect(first).toHaveTextContent('未讀');
    expect(first).toHaveTextContent('我的議程有所變更');
    // 01:30 UTC is 09:30 in Taipei.
    expect(within(first).getByText(/上午9:30/)).toHaveAttribute('datetime', moved.createdAt);
    const second = within(list).getByTestId(`notice-${accepted.id}`);
    expect(second).toHaveAttribute('data-read', 'true');
    expect(second).not.toHaveTextContent('未讀');
    expect(screen.getByTestId('notifications-unread')).toHaveTextContent('1 則未讀');
    expect(screen.getByText('時間以高峰會所在時區（Asia/Taipei）顯示。')).toBeInTheDocument();
  });

  it('marks a notification read when it is opened and goes to its page', async () => {
    const api = delegateServer([moved, accepted]);
    const { user } = renderApp({ route: '/notifications', language: 'en' });

    await user.click(await screen.findByTestId(`notice-open-${moved.id}`));

    expect(await screen.findByRole('heading', { name: 'Change password' })).toBeInTheDocument();
    expect(api.received(`POST /api/notifications/${moved.id}/read`)).toHaveLength(1);
    await waitFor(() => {
      expect(screen.getByTestId('notifications-bell')).toHaveAttribute('data-unread', '0');
    });
  });

  it('marks every notification read at once', async () => {
    const api = delegateServer([moved, accepted]);
    const { user } = renderApp({ route: '/notifications', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Mark all as read' }));

    await waitFor(() => {
      expect(screen.getByTestId('notifications-unread')).toHaveTextContent('0 unread');
    });
    expect(screen.getByTestId(`notice-${moved.id}`)).toHaveAttribute('data-read', 'true');
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
    expect(api.received('POST /api/notifications/read-all')).toHaveLength(1);
  });

  it('says why a notification could not be marked, in the reader language', async () => {
    delegateServer([moved], {
      [`POST /api/notifications/${moved.id}/read`]: () =>
        codedProblemResponse(404, 'notice.not-found'),
    });
    const { user } = renderApp({ route: '/notifications', language: 'zh-Hant' });

    await user.click(await screen.findByTestId(`notice-open-${moved.id}`));

    expect(await screen.findByRole('alert')).toHaveTextContent('查無此通知。');
    expect(screen.getByRole('heading', { name: '通知' })).toBeInTheDocument();
  });

  it('says so when there is nothing yet, and leads to the preferences', async () => {
    delegateServer([]);
    renderApp({ route: '/notifications', language: 'en' });

    expect(await screen.findByTestId('notifications-empty')).toHaveTextContent(
      'You have no notifications yet.',
    );
    expect(
      screen.getByRole('link', { name: 'Choose what you are notified of, and how' }),
    ).toHaveAttribute('href', '/notifications/preferences');
  });

  it('asks a visitor to log in first', async () => {
    stubApi();
    renderApp({ route: '/notifications', language: 'en' });

    expect(await screen.findByTestId('login-required')).toBeInTheDocument();
  });
});

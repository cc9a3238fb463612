import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { FakeEventSource } from '@/testing/fake-event-source';
import { stubApi } from '@/testing/fake-api';
import { notice } from '@/testing/notifications';
import { jsonResponse, sessionOf } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const live = '/api/notifications/live';

function delegateWithUnread(unread: number) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('delegate')),
    'GET /api/notifications?limit=1': () => jsonResponse({ notices: [notice()], unread, total: 4 }),
  });
}

describe('the notification bell', () => {
  beforeEach(() => {
    FakeEventSource.install();
  });

  it('counts the unread notifications and follows them live', async () => {
    delegateWithUnread(2);
    renderApp({ route: '/', language: 'en' });

    const bell = await screen.findByRole('link', { name: 'Notifications: 2 unread' });
    expect(within(bell).getByTestId('notifications-count')).toHaveTextContent('2');
    expect(bell).toHaveAttribute('href', '/notifications');
    const stream = FakeEventSource.to(live)[0];
    expect(stream).toBeDefined();

    stream?.emit('notice', { unread: 3, noticeId: 'n-3', kind: 'session.changed' });
    await waitFor(() => {
      expect(bell).toHaveAccessibleName('Notifications: 3 unread');
    });
    stream?.emit('count', { unread: 0, noticeId: null, kind: null });
    await waitFor(() => {
      expect(bell).toHaveAttribute('data-unread', '0');
    });
    expect(screen.queryByTestId('notifications-count')).not.toBeInTheDocument();
    // A heartbeat says nothing of the count.
    stream?.emit('heartbeat', { unread: null, noticeId: null, kind: null });
    expect(bell).toHaveAttribute('data-unread', '0');
  });

  it('names the count in Traditional Chinese too', async () => {
    delegateWithUnread(1);
    renderApp({ route: '/', language: 'zh-Hant' });

    expect(await screen.findByRole('link', { name: '通知：1 則未讀' })).toBeInTheDocument();
  });

  it('connects again when the server ends the stream, and counts what came meanwhile', async () => {
    delegateWithUnread(1);
    renderApp({ route: '/', language: 'en' });
    const bell = await screen.findByRole('link', { name: 'Notifications: 1 unread' });

    FakeEventSource.to(live)[0]?.fail();

    await waitFor(
      () => {
        expect(FakeEventSource.to(live)).toHaveLength(2);
      },
      { timeout: 5_000 },
    );
    FakeEventSource.to(live)[1]?.emit('count', { unread: 5, noticeId: null, kind: null });
    await waitFor(() => {
      expect(bell).toHaveAccessibleName('Notifications: 5 unread');
    });
  });

  it('lets go of its stream while the page is kept for going back, and counts anew when shown', async () => {
    delegateWithUnread(1);
    renderApp({ route: '/', language: 'en' });
    const bell = await screen.findByRole('link', { name: 'Notifications: 1 unread' });
    const first = FakeEventSource.to(live)[0];

    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(first?.readyState).toBe(FakeEventSource.CLOSED);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));

    const second = FakeEventSource.to(live)[1];
    expect(second).toBeDefined();
    second?.emit('count', { unread: 4, noticeId: null, kind: null });
    await waitFor(() => {
      expect(bell).toHaveAccessibleName('Notifications: 4 unread');
    });
  });

  it('is not there for a visitor who is not logged in', async () => {
    stubApi();
    renderApp({ route: '/', language: 'en' });

    await screen.findByTestId('login-link');
    expect(screen.queryByTestId('notifications-bell')).not.toBeInTheDocument();
    expect(FakeEventSource.to(live)).toHaveLength(0);
  });

  it('stops following when its page closes', async () => {
    delegateWithUnread(1);
    const { unmount } = renderApp({ route: '/', language: 'en' });
    await screen.findByTestId('notifications-bell');

    unmount();

    expect(FakeEventSource.to(live)[0]?.readyState).toBe(FakeEventSource.CLOSED);
  });
});

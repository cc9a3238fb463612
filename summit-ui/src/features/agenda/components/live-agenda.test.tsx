import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { stubApi } from '@/testing/fake-api';
import { jsonResponse, noContent, sessionOf, taipei2016 } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { Schemas } from '@/types/api';

const summitId = taipei2016.id;
const agendaRoute = `GET /api/summits/${summitId}/agenda`;

/** A browser's EventSource, driven by the test: it records what the page listens to. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, Set<(event: MessageEvent) => void>>();
  closed = false;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }
  addEventListener(name: string, listener: (event: MessageEvent) => void) {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener);
    this.listeners.set(name, set);
  }
  removeEventListener(name: string, listener: (event: MessageEvent) => void) {
    this.listeners.get(name)?.delete(listener);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data: unknown) {
    const event = new MessageEvent(name, { data: JSON.stringify(data) });
    this.listeners.get(name)?.forEach((listener) => {
      listener(event);
    });
  }
}

const plenary = {
  id: 'room-plenary',
  name: { 'zh-Hant': '大會堂', en: 'Plenary Hall' },
  capacity: 800,
  interpretation: true,
};
const salon = {
  id: 'room-201',
  name: { 'zh-Hant': '201 室', en: 'Room 201' },
  capacity: 60,
  interpretation: false,
};
const ko = { id: 'person-ko', cityId: 'taipei', name: { 'zh-Hant': '柯文哲', en: 'Ko Wen-je' } };
const vries = {
  id: 'person-vries',
  cityId: 'eindhoven',
  name: { 'zh-Hant': '約翰·德弗里斯', en: 'Johan de Vries' },
};

type Session = Schemas['PublishedAgenda.PublishedSession'];
const session = (fields: Partial<Session> & Pick<Session, 'id' | 'startsAt' | 'endsAt'>) =>
  ({
    type: 'FORUM',
    title: { 'zh-Hant': `${fields.id}（中文）`, en: fields.id },
    summary: null,
    roomId: plenary.id,
    trackId: null,
    language: 'zh-Hant',
    speakers: [],
    moderator: null,
    ...fields,
  }) satisfies Session;

const keynote = session({
  id: 'keynote',
  type: 'KEYNOTE',
  title: { 'zh-Hant': '智慧城市的未來', en: 'The future of smart cities' },
  startsAt: '2016-03-23T09:30:00',
  endsAt: '2016-03-23T10:15:00',
  speakers: [ko],
  trackId: 'governance',
});
const sharing = session({
  id: 'sharing',
  type: 'CITY_SHARING',
  title: { 'zh-Hant': '恩荷芬經驗分享', en: 'Eindhoven shares' },
  roomId: salon.id,
  startsAt: '2016-03-23T10:30:00',
  endsAt: '2016-03-23T11:30:00',
  speakers: [vries],
  trackId: 'industry',
  // Held in English, in a room without interpretation.
  language: 'en',
});
const signing = session({
  id: 'signing',
  type: 'CEREMONY',
  title: { 'zh-Hant': '宣言簽署典禮', en: 'Signing of the declaration' },
  startsAt: '2016-03-24T16:00:00',
  endsAt: '2016-03-24T17:00:00',
});

const release = (number: number, sessions: Session[]): Schemas['PublishedAgenda'] => ({
  summitId,
  release: number,
  publishedAt: '2016-03-01T02:00:00Z',
  startsOn: '2016-03-23',
  endsOn: '2016-03-24',
  timeZone: 'Asia/Taipei',
  rooms: [plenary, salon],
  tracks: [
    { id: 'governance', name: { 'zh-Hant': '智慧城市治理', en: 'Smart-city governance' } },
    { id: 'industry', name: { 'zh-Hant': '智慧城市產業發展', en: 'Smart-city industry' } },
  ],
  changes: [],
  sessions,
});

const shown = () =>
  screen
    .queryAllByTestId(/^programme-session-/)
    .map((element) => element.dataset.testid?.replace('programme-session-', ''));

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the agenda page', () => {
  it('switches between list and grid and keeps the filters in the address', async () => {
    stubApi({ [agendaRoute]: () => jsonResponse(release(1, [keynote, sharing, signing])) });
    const { user } = renderApp({ route: '/agenda', language: 'en' });

    expect(await screen.findByTestId('programme-session-keynote')).toBeInTheDocument();
    expect(shown()).toEqual(['keynote', 'sharing', 'signing']);

    await user.click(screen.getByRole('button', { name: 'Grid' }));
    expect(screen.getByRole('button', { name: 'Grid' })).toHaveAttribute('aria-pressed', 'true');
    const grid = screen.getByTestId('programme-grid-2016-03-23');
    expect(
      within(grid)
        .getAllByTestId('programme-grid-room')
        .map((r) => r.textContent),
    ).toEqual(['Plenary Hall', 'Room 201']);
    // The grid shows one day: the first, until another is chosen.
    expect(shown()).toEqual(['keynote', 'sharing']);
    await user.selectOptions(screen.getByLabelText('Day'), '2016-03-24');
    expect(shown()).toEqual(['signing']);

    await user.click(screen.getByRole('button', { name: 'List' }));
    await user.selectOptions(screen.getByLabelText('Day'), '');
    await user.selectOptions(screen.getByLabelText('City'), 'eindhoven');
    expect(shown()).toEqual(['sharing']);
    await user.selectOptions(screen.getByLabelText('City'), '');
    await user.selectOptions(screen.getByLabelText('Track'), 'governance');
    expect(shown()).toEqual(['keynote']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Room'), salon.id);
    expect(shown()).toEqual(['sharing']);
    await user.selectOptions(screen.getByLabelText('Room'), '');
    // Chinese: the English-only session in a room without interpretation drops out; the plenary
    // hall interprets, so its sessions stay.
    await user.selectOptions(screen.getByLabelText('Session language'), 'zh-Hant');
    expect(shown()).toEqual(['keynote', 'signing']);
  });

  it('opens with the filters a link carries, in Chinese', async () => {
    stubApi({ [agendaRoute]: () => jsonResponse(release(1, [keynote, sharing, signing])) });
    renderApp({ route: '/agenda?view=grid&day=2016-03-23&city=taipei', language: 'zh-Hant' });

    expect(await screen.findByTestId('programme-session-keynote')).toBeInTheDocument();
    expect(shown()).toEqual(['keynote']);
    expect(screen.getByRole('button', { name: '時間表' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('城市')).toHaveValue('taipei');
    expect(screen.getByTestId('agenda-zone')).toHaveTextContent(
      '時間為大會所在時區（Asia/Taipei）',
    );
  });

  it('shows every time on the reader’s own clock on request', async () => {
    // The reader's browser is in Amsterdam.
    const format = new Intl.DateTimeFormat();
    const resolved = format.resolvedOptions();
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...resolved,
      timeZone: 'Europe/Amsterdam',
    });
    stubApi({ [agendaRoute]: () => jsonResponse(release(1, [keynote, signing])) });
    const { user } = renderApp({ route: '/agenda', language: 'en' });

    const row = await screen.findByTestId('programme-session-keynote');
    expect(row).toHaveTextContent('09:30–10:15');
    await user.click(screen.getByLabelText('Times in my time zone'));

    // Taipei is seven hours ahead of Amsterdam's winter time in March 2016.
    expect(screen.getByTestId('programme-session-keynote')).toHaveTextContent('02:30–03:15');
    expect(screen.getByTestId('programme-session-signing')).toHaveTextContent('09:00–10:00');
    expect(screen.getByTestId('agenda-zone')).toHaveTextContent(
      'Times are in your time zone (Europe/Amsterdam).',
    );
    await user.click(screen.getByLabelText('Times in my time zone'));
    expect(screen.getByTestId('programme-session-keynote')).toHaveTextContent('09:30–10:15');
  });

  it('refetches on a release pushed live and says what changed, in both languages', async () => {
    let current = release(1, [keynote, signing]);
    const api = stubApi({ [agendaRoute]: () => jsonResponse(current) });
    const { user } = renderApp({ route: '/agenda', language: 'zh-Hant' });

    expect(await screen.findByTestId('programme-session-keynote')).toBeInTheDocument();
    const [source] = FakeEventSource.opened;
    expect(source?.url).toBe(`/api/summits/${summitId}/agenda/live`);
    expect(screen.queryByTestId('agenda-update')).not.toBeInTheDocument();

    current = release(2, [
      { ...keynote, startsAt: '2016-03-23T11:00:00', endsAt: '2016-03-23T11:45:00' },
      signing,
    ]);
    act(() => {
      source?.emit('release', {
        summitId,
        release: 2,
        publishedAt: '2016-03-20T02:00:00Z',
        changes: [
          {
            kind: 'MOVED',
            sessionId: 'keynote',
            title: keynote.title,
            description: {
              'zh-Hant':
                '異動：由 3月23日（週三）09:30–10:15，大會堂 改至 3月23日（週三）11:00–11:45，大會堂',
              en: 'Moved from Wed 23 Mar 09:30–10:15, Plenary Hall to Wed 23 Mar 11:00–11:45, Plenary Hall',
            },
            delegateIds: [],
          },
        ],
      });
    });

    const banner = await screen.findByTestId('agenda-update');
    expect(banner).toHaveAttribute('role', 'status');
    expect(banner).toHaveTextContent('第 2 版議程已公布：異動如下');
    expect(banner).toHaveTextContent('異動 智慧城市的未來');
    expect(await screen.findByText('11:00')).toBeInTheDocument();
    expect(api.received(agendaRoute)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(banner).toHaveTextContent('Release 2 published: what changed');
    expect(banner).toHaveTextContent(
      'Moved The future of smart cities · Moved from Wed 23 Mar 09:30–10:15, Plenary Hall to Wed 23 Mar 11:00–11:45',
    );
    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('agenda-update')).not.toBeInTheDocument();
  });

  it('catches up with a release published while it was not connected', async () => {
    let current = release(1, [keynote]);
    const api = stubApi({ [agendaRoute]: () => jsonResponse(current) });
    renderApp({ route: '/agenda', language: 'en' });
    expect(await screen.findByTestId('programme-session-keynote')).toBeInTheDocument();

    current = release(2, [keynote, signing]);
    act(() => {
      FakeEventSource.opened[0]?.emit('current', {
        summitId,
        release: 2,
        publishedAt: null,
        changes: [],
      });
    });

    expect(await screen.findByTestId('programme-session-signing')).toBeInTheDocument();
    expect(api.received(agendaRoute)).toHaveLength(2);
  });

  it('lets go of its stream while the page is kept for going back, and follows anew when shown', async () => {
    stubApi({ [agendaRoute]: () => jsonResponse(release(1, [keynote])) });
    renderApp({ route: '/agenda', language: 'en' });
    expect(await screen.findByTestId('programme-session-keynote')).toBeInTheDocument();
    const first = FakeEventSource.opened[0];

    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(first?.closed).toBe(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));

    expect(FakeEventSource.opened).toHaveLength(2);
    expect(FakeEventSource.opened[1]?.closed).toBe(false);
  });

  it('lets a delegate bookmark sessions with the star', async () => {
    const bookmarks = `/api/agenda/${summitId}/bookmarks`;
    const saved = new Set(['keynote']);
    const api = stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('delegate')),
      'GET /api/cities': () => jsonResponse([]),
      [agendaRoute]: () => jsonResponse(release(1, [keynote, signing])),
      [`GET ${bookmarks}`]: () => jsonResponse([...saved]),
      [`PUT ${bookmarks}/signing`]: () => {
        saved.add('signing');
        return noContent();
      },
      [`DELETE ${bookmarks}/keynote`]: () => {
        saved.delete('keynote');
        return noContent();
      },
    });
    const { user } = renderApp({ route: '/agenda', language: 'en' });

    const star = await screen.findByRole('button', { name: 'Bookmark The future of smart cities' });
    await waitFor(() => {
      expect(star).toHaveAttribute('aria-pressed', 'true');
    });
    const other = screen.getByRole('button', { name: 'Bookmark Signing of the declaration' });
    expect(other).toHaveAttribute('aria-pressed', 'false');

    await user.click(other);
    await waitFor(() => {
      expect(other).toHaveAttribute('aria-pressed', 'true');
    });
    await user.click(star);
    await waitFor(() => {
      expect(star).toHaveAttribute('aria-pressed', 'false');
    });
    expect(saved).toEqual(new Set(['signing']));
    expect(other).toHaveAttribute('aria-pressed', 'true');
    expect(api.received(`PUT ${bookmarks}/signing`)).toHaveLength(1);
    expect(api.received(`DELETE ${bookmarks}/keynote`)).toHaveLength(1);
  });

  it('shows visitors no star', async () => {
    stubApi({ [agendaRoute]: () => jsonResponse(release(1, [keynote])) });
    renderApp({ route: '/agenda', language: 'en' });
    expect(await screen.findByTestId('programme-session-keynote')).toBeInTheDocument();
    expect(screen.queryByTestId('session-bookmark')).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { stubApi } from '@/testing/fake-api';
import {
  codedProblemResponse,
  jsonResponse,
  noContent,
  sessionOf,
  taipei2016,
} from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { Schemas } from '@/types/api';

const summitId = taipei2016.id;
const mine = `/api/agenda/${summitId}/mine`;
const myFeed = `/api/agenda/${summitId}/my-feed`;

const plenary = {
  id: 'room-plenary',
  name: { 'zh-Hant': '大會堂', en: 'Plenary Hall' },
  capacity: 800,
  interpretation: true,
};
const keynote: Schemas['PublishedAgenda.PublishedSession'] = {
  id: 'keynote',
  type: 'KEYNOTE',
  title: { 'zh-Hant': '智慧城市的未來', en: 'The future of smart cities' },
  summary: null,
  roomId: plenary.id,
  trackId: null,
  language: 'en',
  startsAt: '2016-03-23T09:30:00',
  endsAt: '2016-03-23T10:15:00',
  speakers: [
    { id: 'person-dyer', cityId: 'orlando', name: { 'zh-Hant': '戴爾', en: 'Buddy Dyer' } },
  ],
  moderator: null,
};
const signing = {
  ...keynote,
  id: 'signing',
  type: 'CEREMONY',
  title: { 'zh-Hant': '宣言簽署典禮', en: 'Signing of the declaration' },
  startsAt: '2016-03-24T16:00:00',
  endsAt: '2016-03-24T17:00:00',
  speakers: [],
};
const agenda: Schemas['PublishedAgenda'] = {
  summitId,
  release: 1,
  publishedAt: '2016-03-01T02:00:00Z',
  startsOn: '2016-03-23',
  endsOn: '2016-03-24',
  timeZone: 'Asia/Taipei',
  rooms: [plenary],
  tracks: [],
  changes: [],
  sessions: [keynote, signing],
};
const myAgenda: Schemas['MyAgenda'] = {
  release: 1,
  timeZone: 'Asia/Taipei',
  sessions: [
    { session: keynote, speaking: true, moderating: false, bookmarked: false },
    { session: signing, speaking: false, moderating: false, bookmarked: true },
  ],
  exchanges: [],
};
const exchange: Schemas['MyExchange'] = {
  exchangeId: 'exchange-eindhoven',
  title: {
    'zh-Hant': '智慧公共服務：奧蘭多與恩荷芬',
    en: 'Smart public services: Orlando and Eindhoven',
  },
  place: { 'zh-Hant': '交流廳 第 3 桌', en: 'Exchange Lounge, table 3' },
  startsAt: '2016-03-23T11:00:00',
  endsAt: '2016-03-23T11:30:00',
};

beforeEach(() => {
  vi.stubGlobal(
    'EventSource',
    // A stream that stays quiet: this page's live updates are tested with the agenda page.
    class {
      readonly listening = new Set<string>();
      addEventListener(name: string) {
        this.listening.add(name);
      }
      removeEventListener(name: string) {
        this.listening.delete(name);
      }
      close() {
        this.listening.clear();
      }
    },
  );
});

describe("the delegate's home", () => {
  it('shows my agenda in time order, saying why each session is in it, in both languages', async () => {
    stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('delegate')),
      [`GET /api/summits/${summitId}/agenda`]: () => jsonResponse(agenda),
      [`GET ${mine}`]: () => jsonResponse(myAgenda),
      [`GET ${myFeed}`]: () =>
        jsonResponse({ issued: false, issuedAt: null, url: null, path: null }),
    });
    const { user } = renderApp({ route: '/delegate', language: 'zh-Hant' });

    const list = await screen.findByTestId('my-agenda');
    expect(within(list).getByRole('heading', { level: 2 })).toHaveTextContent('我的議程');
    const first = await within(list).findByTestId('my-agenda-session-keynote');
    expect(first).toHaveTextContent('09:30–10:15 · 大會堂');
    expect(first).toHaveTextContent('您主講');
    expect(within(list).getByTestId('my-agenda-session-signing')).toHaveTextContent('已收藏');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(first).toHaveTextContent('The future of smart cities');
    expect(first).toHaveTextContent('You speak');
    expect(within(list).getByTestId('my-agenda-session-signing')).toHaveTextContent('Bookmarked');
    expect(screen.getByTestId('subscribe-whole')).toHaveValue(
      `${window.location.origin}/api/summits/${summitId}/agenda.ics`,
    );
  });

  it('shows my exchange meetings among my sessions in time order, marked as exchanges, in both languages', async () => {
    stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('delegate')),
      [`GET /api/summits/${summitId}/agenda`]: () => jsonResponse(agenda),
      [`GET ${mine}`]: () => jsonResponse({ ...myAgenda, exchanges: [exchange] }),
      [`GET ${myFeed}`]: () =>
        jsonResponse({ issued: false, issuedAt: null, url: null, path: null }),
    });
    const { user } = renderApp({ route: '/delegate', language: 'zh-Hant' });

    const section = await screen.findByTestId('my-agenda');
    const entries = within(await within(section).findByRole('list')).getAllByRole('listitem');
    expect(
      entries.map((entry) => within(entry).getByRole('heading', { level: 3 }).textContent),
    ).toEqual(['智慧城市的未來', '智慧公共服務：奧蘭多與恩荷芬', '宣言簽署典禮']);
    const meeting = screen.getByTestId('my-agenda-exchange-exchange-eindhoven');
    expect(entries[1]).toBe(meeting);
    expect(meeting).toHaveTextContent('11:00–11:30 · 交流廳 第 3 桌');
    expect(meeting).toHaveTextContent('城市交流');
    expect(meeting).not.toHaveTextContent('已收藏');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      within(meeting).getByRole('heading', {
        level: 3,
        name: 'Smart public services: Orlando and Eindhoven',
      }),
    ).toBeInTheDocument();
    expect(meeting).toHaveTextContent('11:00–11:30 · Exchange Lounge, table 3');
    expect(meeting).toHaveTextContent('Exchange');
  });

  it('before the first release shows my exchange meetings and says the programme is not out yet', async () => {
    stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('delegate')),
      [`GET /api/summits/${summitId}/agenda`]: () =>
        codedProblemResponse(404, 'agenda.not-published'),
      [`GET ${mine}`]: () =>
        jsonResponse({ release: 0, timeZone: 'Asia/Taipei', sessions: [], exchanges: [exchange] }),
      [`GET ${myFeed}`]: () =>
        jsonResponse({ issued: false, issuedAt: null, url: null, path: null }),
    });
    renderApp({ route: '/delegate', language: 'en' });

    const section = await screen.findByTestId('my-agenda');
    expect(await within(section).findByTestId('my-agenda-not-published')).toBeInTheDocument();
    const entries = within(within(section).getByRole('list')).getAllByRole('listitem');
    expect(entries).toHaveLength(1);
    expect(
      within(section).getByRole('heading', {
        level: 3,
        name: 'Smart public services: Orlando and Eindhoven',
      }),
    ).toBeInTheDocument();
    expect(within(section).queryByTestId('my-agenda-empty')).not.toBeInTheDocument();
  });

  it('creates my calendar address, shows it as https and webcal, and revokes it after asking', async () => {
    const url = `http://localhost:8080/api/feeds/secret-token.ics`;
    let issued = false;
    const api = stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('delegate')),
      [`GET /api/summits/${summitId}/agenda`]: () => jsonResponse(agenda),
      [`GET ${mine}`]: () => jsonResponse(myAgenda),
      [`GET ${myFeed}`]: () =>
        jsonResponse({
          issued,
          issuedAt: issued ? '2016-03-20T02:00:00Z' : null,
          url: null,
          path: null,
        }),
      [`POST ${myFeed}`]: () => {
        issued = true;
        return jsonResponse(
          { issued, issuedAt: '2016-03-20T02:00:00Z', url, path: '/api/feeds/secret-token.ics' },
          201,
        );
      },
      [`DELETE ${myFeed}`]: () => {
        issued = false;
        return noContent();
      },
    });
    const { user } = renderApp({ route: '/delegate', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Create my calendar address' }));
    expect(await screen.findByTestId('my-feed-https')).toHaveValue(url);
    expect(screen.getByTestId('my-feed-webcal')).toHaveValue(
      'webcal://localhost:8080/api/feeds/secret-token.ics',
    );

    await user.click(screen.getByRole('button', { name: 'Revoke my calendar address' }));
    const question = screen.getByRole('alertdialog');
    expect(question).toHaveTextContent('Revoke your calendar address?');
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(api.received(`DELETE ${myFeed}`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Revoke my calendar address' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke it' }));
    expect(await screen.findByTestId('my-feed-revoked')).toHaveTextContent(
      'Your calendar address is revoked',
    );
    await waitFor(() => {
      expect(screen.queryByTestId('my-feed-https')).not.toBeInTheDocument();
    });
    expect(api.received(`DELETE ${myFeed}`)).toHaveLength(1);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { stubApi } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse, sessionOf, taipei2016 } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';
import type { Schemas } from '@/types/api';

const agendaRoute = `GET /api/summits/${taipei2016.id}/agenda`;

const plenary = {
  id: 'room-plenary',
  name: { 'zh-Hant': '大會堂', en: 'Plenary Hall' },
  capacity: 800,
  interpretation: true,
};
const koWenJe = {
  id: 'person-ko',
  cityId: 'taipei',
  name: { 'zh-Hant': '柯文哲', en: 'Ko Wen-je' },
};
const buddyDyer = {
  id: 'person-dyer',
  cityId: 'orlando',
  name: { 'zh-Hant': '巴迪·戴爾', en: 'Buddy Dyer' },
};

/** Release 1 of the 2016 programme, in no particular order (the page sorts it). */
const release1: Schemas['PublishedAgenda'] = {
  summitId: taipei2016.id,
  release: 1,
  publishedAt: '2016-03-01T02:00:00Z',
  startsOn: '2016-03-23',
  endsOn: '2016-03-24',
  timeZone: 'Asia/Taipei',
  rooms: [plenary],
  tracks: [],
  changes: [],
  sessions: [
    {
      id: 'signing',
      type: 'CEREMONY',
      language: 'zh-Hant',
      title: { 'zh-Hant': '宣言簽署典禮', en: 'Signing of the declaration' },
      summary: null,
      roomId: plenary.id,
      trackId: null,
      startsAt: '2016-03-24T16:00:00',
      endsAt: '2016-03-24T17:00:00',
      speakers: [],
      moderator: null,
    },
    {
      id: 'keynote',
      type: 'KEYNOTE',
      language: 'en',
      title: { 'zh-Hant': '智慧城市的未來', en: 'The future of smart cities' },
      summary: null,
      roomId: plenary.id,
      trackId: null,
      startsAt: '2016-03-23T09:30:00',
      endsAt: '2016-03-23T10:15:00',
      speakers: [koWenJe, buddyDyer],
      moderator: null,
    },
  ],
};

const days = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('the programme at /agenda', () => {
  it('shows an anonymous visitor the latest release by day, in Chinese then in English', async () => {
    const api = stubApi({ [agendaRoute]: () => jsonResponse(release1) });
    const { user } = renderApp({ route: '/agenda', language: 'zh-Hant' });

    expect(await screen.findByRole('heading', { level: 1, name: '議程' })).toBeInTheDocument();
    const keynote = await screen.findByTestId('programme-session-keynote');
    expect(days()).toEqual(['2016年3月23日 星期三', '2016年3月24日 星期四']);
    expect(within(keynote).getByRole('heading', { level: 3 })).toHaveTextContent('智慧城市的未來');
    // Local times of the summit's clock, as the API gives them, whatever the reader's time zone.
    expect(keynote).toHaveTextContent('09:30–10:15');
    expect(within(keynote).getByTestId('programme-room')).toHaveTextContent('大會堂');
    expect(within(keynote).getByTestId('programme-type')).toHaveTextContent('專題演講');
    expect(within(keynote).getByTestId('programme-speakers')).toHaveTextContent(
      '講者：柯文哲和巴迪·戴爾',
    );
    const signing = screen.getByTestId('programme-session-signing');
    expect(within(signing).getByTestId('programme-type')).toHaveTextContent('典禮');
    expect(within(signing).queryByTestId('programme-speakers')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('programme-day-2016-03-24')).getByText('宣言簽署典禮')).toBe(
      within(signing).getByRole('heading', { level: 3 }),
    );

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Programme' })).toBeInTheDocument();
    expect(days()).toEqual(['Wednesday, 23 March 2016', 'Thursday, 24 March 2016']);
    expect(within(keynote).getByRole('heading', { level: 3 })).toHaveTextContent(
      'The future of smart cities',
    );
    expect(within(keynote).getByTestId('programme-room')).toHaveTextContent('Plenary Hall');
    expect(within(keynote).getByTestId('programme-type')).toHaveTextContent('Keynote');
    expect(within(keynote).getByTestId('programme-speakers')).toHaveTextContent(
      'Speakers: Ko Wen-je and Buddy Dyer',
    );
    expect(api.received(agendaRoute)).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Print (PDF, both languages)' })).toHaveAttribute(
      'href',
      `/api/summits/${taipei2016.id}/agenda.pdf`,
    );
  });

  it('says that nothing is published yet, in both languages', async () => {
    stubApi({ [agendaRoute]: () => codedProblemResponse(404, 'agenda.not-published') });
    const { user } = renderApp({ route: '/agenda', language: 'zh-Hant' });

    expect(await screen.findByTestId('programme-not-published')).toHaveTextContent(
      '議程尚未公布。',
    );
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByTestId('programme-not-published')).toHaveTextContent(
      'The programme has not been published yet.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("explains a server failure from its code, in the reader's language", async () => {
    stubApi({ [agendaRoute]: () => codedProblemResponse(500, 'server.database-failed') });
    renderApp({ route: '/agenda', language: 'zh-Hant' });

    const alert = await within(screen.getByRole('main')).findByRole('alert');
    expect(alert).toHaveTextContent('資料庫發生錯誤，未儲存任何變更。請再試一次。');
    expect(screen.queryByTestId('programme-not-published')).not.toBeInTheDocument();
  });

  it('is reached from the navigation by a logged-in delegate', async () => {
    stubApi({
      'GET /api/session': () => jsonResponse(sessionOf('delegate')),
      [agendaRoute]: () => jsonResponse(release1),
    });
    const { user } = renderApp({ route: '/', language: 'en' });

    await user.click(await screen.findByTestId('nav-agenda'));

    expect(await screen.findByTestId('programme-session-keynote')).toBeInTheDocument();
    expect(screen.getByTestId('nav-agenda')).toHaveAttribute('aria-current', 'page');
  });
});

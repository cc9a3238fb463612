import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Draft, DraftSession } from '@/features/agenda/api/get-draft';
import { signingRoll2016 } from '@/testing/ceremony';
import { stubApi, type Handler } from '@/testing/fake-api';
import {
  codedProblemResponse,
  jsonResponse,
  problemResponse,
  sessionOf,
  taipei2016,
} from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const base = `/api/agenda/${taipei2016.id}`;
const hall = {
  id: 'room-hall',
  name: { 'zh-Hant': '大會堂', en: 'Plenary Hall' },
  capacity: 800,
  interpretation: true,
  opensAt: '08:00:00',
  closesAt: '19:00:00',
  version: 0,
};
const salon = { ...hall, id: 'room-salon', name: { 'zh-Hant': '沙龍', en: 'Salon' }, capacity: 80 };
const ko = {
  id: 'ko',
  name: { 'zh-Hant': '柯文哲', en: 'Ko Wen-je' },
  cityId: 'taipei',
  cityWithdrawn: false,
};
const dyer = {
  id: 'dyer',
  name: { 'zh-Hant': '戴爾', en: 'Buddy Dyer' },
  cityId: 'orlando',
  cityWithdrawn: false,
};

const keynote: DraftSession = {
  id: 'keynote',
  title: { 'zh-Hant': '主題演講', en: 'Keynote' },
  summary: null,
  type: 'KEYNOTE',
  language: 'en',
  trackId: null,
  roomId: hall.id,
  startsAt: '2016-03-23T09:00:00',
  endsAt: '2016-03-23T09:30:00',
  speakerIds: ['ko'],
  moderatorId: null,
  version: 3,
  conflicts: [],
};
const forum: DraftSession = {
  ...keynote,
  id: 'forum',
  title: { 'zh-Hant': '治理論壇', en: 'Governance forum' },
  type: 'FORUM',
  roomId: salon.id,
  startsAt: '2016-03-23T10:00:00',
  endsAt: '2016-03-23T11:00:00',
  version: 1,
};
const doubleBooked = {
  sessionId: 'keynote',
  field: 'speakerIds',
  code: 'conflict.person.double-booked',
  severity: 'HARD',
  message: '(English)',
  otherSessionId: 'forum',
  args: {
    delegate: ko.name,
    other: forum.title,
    from: '10:00',
    to: '11:00',
    session: keynote.title,
    sessionId: 'keynote',
  },
};
const inExchange = {
  sessionId: 'keynote',
  field: 'speakerIds',
  code: 'conflict.person.in-exchange',
  severity: 'HARD',
  message: '(English)',
  otherSessionId: null,
  args: {
    delegate: ko.name,
    other: {
      'zh-Hant': '智慧公共服務：臺北與恩荷芬',
      en: 'Smart public services: Taipei and Eindhoven',
    },
    place: { 'zh-Hant': '交流廳 第 3 桌', en: 'Exchange Lounge, table 3' },
    from: '2016-03-23 09:30',
    to: '2016-03-23 10:00',
    exchangeId: 'exchange-1',
    delegateId: 'ko',
    session: keynote.title,
    sessionId: 'keynote',
  },
};

function draftOf(sessions: DraftSession[], latestRelease = 1): Draft {
  return { latestRelease, sessions, conflicts: sessions.flatMap((session) => session.conflicts) };
}

function editorServer(handlers: Record<string, Handler> = {}, draft = draftOf([keynote, forum])) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/ceremony/signing-roll': () => jsonResponse(signingRoll2016),
    [`GET ${base}/draft`]: () => jsonResponse(draft),
    [`GET ${base}/rooms`]: () => jsonResponse([hall, salon]),
    [`GET ${base}/tracks`]: () => jsonResponse([]),
    [`GET ${base}/people`]: () => jsonResponse([dyer, ko]),
    ...handlers,
  });
}

function conflictsProblem(errors: unknown[], code = 'agenda.conflicts') {
  return problemResponse({
    type: '/api/problems/conflict',
    title: 'Conflict',
    status: 409,
    detail: '(English)',
    code,
    args: { count: errors.length },
    errors: errors as never,
  });
}

describe('the programme editor', () => {
  it('is reached from the organiser view and shows each day’s sessions by room', async () => {
    editorServer();
    const { user } = renderApp({ route: '/organiser', language: 'en' });

    await user.click(await screen.findByRole('link', { name: 'Programme editor' }));

    expect(await screen.findByRole('tab', { name: /23/, selected: true })).toBeInTheDocument();
    const plenary = screen.getByRole('region', { name: 'Plenary Hall' });
    expect(within(plenary).getByRole('article', { name: 'Keynote' })).toHaveTextContent(
      '09:00–09:30',
    );
    expect(
      within(screen.getByRole('region', { name: 'Salon' })).getByRole('article', {
        name: 'Governance forum',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish release 2' })).toBeInTheDocument();
  });

  it('shows a session’s conflicts with their reasons in the reader’s language', async () => {
    editorServer({}, draftOf([{ ...keynote, conflicts: [doubleBooked] }, forum]));
    renderApp({ route: '/organiser/agenda', language: 'zh-Hant' });

    const session = await screen.findByRole('article', { name: '主題演講' });
    expect(session).toHaveTextContent('1 個衝突');
    expect(session).toHaveTextContent('柯文哲在 10:00 至 11:00 另有「治理論壇」。');
    expect(screen.getByRole('heading', { name: '草案中有 1 個衝突' })).toBeInTheDocument();
  });

  it('names the exchange meeting a speaker has at the session’s time, in both languages', async () => {
    editorServer({}, draftOf([{ ...keynote, conflicts: [inExchange] }, forum]));
    const { user } = renderApp({ route: '/organiser/agenda', language: 'zh-Hant' });

    const session = await screen.findByRole('article', { name: '主題演講' });
    const reason =
      '柯文哲在 09:30 至 10:00 有城市交流會談「智慧公共服務：臺北與恩荷芬」（交流廳 第 3 桌）。';
    expect(session).toHaveTextContent(reason);
    const listed = within(screen.getByTestId('draft-conflicts')).getByRole('listitem');
    expect(listed).toHaveTextContent(reason);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(within(screen.getByTestId('draft-conflicts')).getByRole('listitem')).toHaveTextContent(
      'Ko Wen-je has the exchange meeting “Smart public services: Taipei and Eindhoven” at Exchange Lounge, table 3 from 09:30 to 10:00.',
    );
  });

  it('moves a session with the keyboard, offers to keep a hard conflict, and keeps it', async () => {
    const moves: unknown[] = [];
    editorServer({
      [`POST ${base}/sessions/keynote/move`]: (request) => {
        moves.push(request.body);
        return (request.body as { keepConflicts: boolean }).keepConflicts
          ? jsonResponse({ ...keynote, version: 4, conflicts: [doubleBooked] })
          : conflictsProblem([doubleBooked]);
      },
    });
    const { user } = renderApp({ route: '/organiser/agenda', language: 'en' });

    const handle = await screen.findByRole('button', { name: /^09:00–09:30\s*Keynote$/ });
    handle.focus();
    await user.keyboard('[Space]');
    for (let step = 0; step < 12; step++) await user.keyboard('[ArrowDown]');
    await user.keyboard('[Space]');

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent(
      'Ko Wen-je is also in “Governance forum” from 10:00 to 11:00.',
    );
    expect(moves[0]).toEqual({
      roomId: hall.id,
      startsAt: '2016-03-23T10:00:00',
      endsAt: '2016-03-23T10:30:00',
      version: 3,
      keepConflicts: false,
    });

    await user.click(within(refusal).getByRole('button', { name: 'Keep it anyway' }));

    expect(moves[1]).toMatchObject({ startsAt: '2016-03-23T10:00:00', keepConflicts: true });
    expect(await screen.findByText('“Keynote” moved.')).toBeInTheDocument();
  });

  it('shows what somebody else changed and applies mine again on their version', async () => {
    const sent: { version: number; roomId: string }[] = [];
    editorServer({
      [`PUT ${base}/sessions/forum`]: (request) => {
        const body = request.body as { version: number; roomId: string };
        sent.push(body);
        return body.version === 1
          ? codedProblemResponse(409, 'version.stale', {
              what: forum.title,
              current: 2,
              expected: 1,
              currentSession: {
                ...forum,
                startsAt: '2016-03-23T14:00',
                endsAt: '2016-03-23T15:00',
                version: 2,
              },
            })
          : jsonResponse({ ...forum, roomId: body.roomId, version: 3 });
      },
    });
    const { user } = renderApp({ route: '/organiser/agenda', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Edit “Governance forum”' }));
    const form = screen.getByRole('form', { name: 'Edit “Governance forum”' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Room' }), 'Plenary Hall');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const table = await screen.findByRole('table', { name: /as it is now/ });
    const time = within(table).getByRole('row', { name: /Time/ });
    expect(time).toHaveTextContent('2016-03-23 14:00–15:00');
    expect(time).toHaveTextContent('2016-03-23 10:00–11:00');
    expect(within(table).getByRole('row', { name: /Room/ })).toHaveTextContent(
      'Room (changed)SalonPlenary Hall',
    );

    await user.click(screen.getByRole('button', { name: 'Apply mine again' }));

    expect(sent[1]).toMatchObject({ version: 2, roomId: hall.id });
  });

  it('adds a session with speakers picked by name, never by id', async () => {
    const added: unknown[] = [];
    editorServer({
      [`POST ${base}/sessions`]: (request) => {
        added.push(request.body);
        return jsonResponse({ ...forum, id: 'new', version: 0 }, 201);
      },
    });
    const { user } = renderApp({ route: '/organiser/agenda', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Add a session' }));
    const form = screen.getByRole('form', { name: 'New session' });
    await user.type(within(form).getByRole('textbox', { name: 'Title in Chinese' }), '開放資料');
    await user.type(within(form).getByRole('textbox', { name: 'Title in English' }), 'Open data');
    await user.type(within(form).getByRole('searchbox', { name: /Speakers/ }), 'orlando');
    await user.click(within(form).getByRole('checkbox', { name: 'Buddy Dyer (orlando)' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(added[0]).toMatchObject({
      title: { 'zh-Hant': '開放資料', en: 'Open data' },
      roomId: hall.id,
      startsAt: '2016-03-23T09:00:00',
      endsAt: '2016-03-23T10:00:00',
      speakerIds: ['dyer'],
      keepConflicts: false,
    });
  });

  it('lists what blocks publishing, then shows the release with its changelog', async () => {
    let blocked = true;
    editorServer({
      [`POST ${base}/releases`]: () =>
        blocked
          ? conflictsProblem([doubleBooked], 'agenda.publish.blocked')
          : jsonResponse(
              {
                summitId: taipei2016.id,
                release: 2,
                publishedAt: '2016-03-20T10:00:00Z',
                timeZone: 'Asia/Taipei',
                startsOn: '2016-03-23',
                endsOn: '2016-03-24',
                rooms: [],
                tracks: [],
                sessions: [],
                changes: [
                  {
                    kind: 'MOVED',
                    sessionId: 'keynote',
                    delegateIds: ['ko'],
                    title: keynote.title,
                    description: { 'zh-Hant': '改至 09:30', en: 'now at 09:30' },
                  },
                ],
              },
              201,
            ),
    });
    const { user } = renderApp({ route: '/organiser/agenda', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Publish release 2' }));

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('The draft cannot be published: 1 problems block it');
    await user.click(
      within(refusal).getByRole('button', { name: /^Keynote: Ko Wen-je is also in/ }),
    );
    expect(screen.getByRole('form', { name: 'Edit “Keynote”' })).toBeInTheDocument();

    blocked = false;
    await user.click(screen.getByRole('button', { name: 'Publish release 2' }));

    const published = await screen.findByText('Release 2 published');
    expect(published.parentElement).toHaveTextContent('Moved Keynote: now at 09:30');
  });
});

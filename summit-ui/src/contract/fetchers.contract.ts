import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { setCsrfToken } from '@/lib/api-client';

import { acceptInvitation } from '@/features/accounts/api/accept-invitation';

import { getAccounts } from '@/features/accounts/api/get-accounts';
import { getAttendingCities } from '@/features/accounts/api/get-attending-cities';
import { getAuditLog } from '@/features/accounts/api/get-audit-log';
import { getInvitation } from '@/features/accounts/api/get-invitation';
import { getSession } from '@/features/accounts/api/get-session';
import { inviteAccount } from '@/features/accounts/api/invite-account';
import { logIn } from '@/features/accounts/api/log-in';
import { logOut } from '@/features/accounts/api/log-out';
import { pairDevice } from '@/features/accounts/api/pair-device';
import { cancelSession } from '@/features/agenda/api/cancel-session';
import { getAgenda } from '@/features/agenda/api/get-agenda';
import { getBookmarks } from '@/features/agenda/api/get-bookmarks';
import { getCurrentSummit } from '@/features/agenda/api/get-current-summit';
import { getMyAgenda } from '@/features/agenda/api/get-my-agenda';
import { getMyFeed } from '@/features/agenda/api/get-my-feed';
import { issueMyFeed } from '@/features/agenda/api/issue-my-feed';
import { revokeMyFeed } from '@/features/agenda/api/revoke-my-feed';
import { setBookmark } from '@/features/agenda/api/set-bookmark';
import { getDraft } from '@/features/agenda/api/get-draft';
import { getPeople } from '@/features/agenda/api/get-people';
import { getRooms } from '@/features/agenda/api/get-rooms';
import { getTracks } from '@/features/agenda/api/get-tracks';
import { moveSession } from '@/features/agenda/api/move-session';
import { publishRelease } from '@/features/agenda/api/publish-release';
import { saveRoom } from '@/features/agenda/api/save-room';
import { saveSession } from '@/features/agenda/api/save-session';
import { saveTrack } from '@/features/agenda/api/save-track';
import { ApiError } from '@/lib/api-client';
import { currentSessionOf } from '@/features/agenda/utils/stale';
import { createDevicePairing } from '@/features/ceremony/api/create-device-pairing';
import { getSigningRoll } from '@/features/ceremony/api/get-signing-roll';
import { getCities } from '@/features/cities/api/get-cities';
import { getCity } from '@/features/cities/api/get-city';
import { getMyProfile } from '@/features/cities/api/get-my-profile';
import { updateMyProfile } from '@/features/cities/api/update-my-profile';

import { apiPassword, useRealApi, type RealApi } from '@/contract/real-api';

/*
 * The UI's own fetchers against the running application (UiContractIntegrationTest starts it and
 * runs this file): each answer must be one the fetcher reads, and one the OpenAPI document (from
 * which the UI's types are generated) describes. A drift between the two fails the build.
 */
let api: RealApi;

async function logInAs(email: string) {
  api.forgetCookies();
  const session = await logIn({ email, password: apiPassword() });
  setCsrfToken(session.csrfToken);
  return session;
}

beforeAll(() => {
  api = useRealApi();
});

afterAll(() => {
  expect(api.breaches, 'answers that break the OpenAPI document').toEqual([]);
});

describe('anonymous fetchers', () => {
  it('read the current summit', async () => {
    const summit = await getCurrentSummit();
    expect(summit?.timeZone).toBe('Asia/Taipei');
  });

  it("read the summit's programme, or that none is published yet", async () => {
    const summit = await getCurrentSummit();
    const agenda = await getAgenda(summit?.id ?? '');
    // The demo publishes release 1 once the agenda has learnt the delegates: either answer is fine.
    if (agenda !== null) {
      expect(agenda.summitId).toBe(summit?.id);
      expect(agenda.release).toBeGreaterThan(0);
    }
  });

  it('read no session', async () => {
    api.forgetCookies();
    expect(await getSession()).toBeNull();
  });
});

describe('organiser fetchers', () => {
  it('read the session, accounts, cities, a city, the roll and the audit log', async () => {
    const session = await logInAs('organiser@contract.test');
    expect(session.account.role).toBe('organiser');
    expect((await getSession())?.account.email).toBe('organiser@contract.test');
    expect((await getAccounts()).map((account) => account.email)).toContain('staff@contract.test');
    const cities = await getCities();
    expect(cities.map((city) => city.id)).toContain('orlando');
    expect((await getAttendingCities()).length).toBeGreaterThan(0);
    const orlando = await getCity('orlando');
    expect(orlando.privateDetails).toBe(true);
    expect(orlando.delegates.length).toBeGreaterThan(0);
    expect((await getSigningRoll()).length).toBeGreaterThan(0);
    expect((await getAuditLog(50)).length).toBeGreaterThan(0);
  });

  it('invite a delegate, who accepts the invitation', async () => {
    await logInAs('organiser@contract.test');
    const invited = await inviteAccount({
      email: `invited.${Date.now()}@contract.test`,
      displayName: 'Invited Delegate',
      role: 'delegate',
      cityId: 'orlando',
    });
    expect(invited.account.active).toBe(false);
    const token = invited.invitationLink.split('/').pop() ?? '';
    api.forgetCookies();
    expect((await getInvitation(token))?.role).toBe('delegate');
    const session = await acceptInvitation({ token, password: 'a long enough passphrase 1' });
    expect(session.account.cityId).toBe('orlando');
    setCsrfToken(session.csrfToken);
    await logOut();
  });
});

describe('programme editor fetchers', () => {
  it('build the draft, meet a stale edit with the session as it now is, and publish', async () => {
    await logInAs('organiser@contract.test');
    const summitId = (await getCurrentSummit())?.id ?? '';
    const room = await saveRoom(summitId, null, {
      name: { 'zh-Hant': '合約廳', en: 'Contract Hall' },
      capacity: 120,
      interpretation: true,
      opensAt: '08:00',
      closesAt: '19:00',
    });
    const renamed = await saveRoom(summitId, room.id, {
      name: { 'zh-Hant': '合約大廳', en: 'Contract Hall' },
      capacity: 150,
      interpretation: true,
      version: room.version,
    });
    expect(renamed.capacity).toBe(150);
    const track = await saveTrack(summitId, null, {
      name: { 'zh-Hant': '治理', en: 'Governance' },
    });
    await saveTrack(summitId, track.id, { name: track.name, version: track.version });
    expect((await getRooms(summitId)).map((each) => each.id)).toContain(room.id);
    expect((await getTracks(summitId)).map((each) => each.id)).toContain(track.id);
    // The agenda learns the delegates from the cities events, a moment after the test set them up.
    const people = await vi.waitFor(
      async () => {
        const known = await getPeople(summitId);
        expect(known.length).toBeGreaterThan(0);
        return known;
      },
      { timeout: 30_000, interval: 500 },
    );
    const speaker = people.find((person) => !person.cityWithdrawn);
    const added = await saveSession(summitId, null, {
      title: { 'zh-Hant': '合約論壇', en: 'Contract forum' },
      summary: { 'zh-Hant': '摘要', en: 'Abstract' },
      type: 'FORUM',
      language: 'en',
      trackId: track.id,
      roomId: room.id,
      startsAt: '2016-03-23T09:00:00',
      endsAt: '2016-03-23T10:00:00',
      speakerIds: speaker ? [speaker.id] : [],
      moderatorId: null,
      keepConflicts: false,
    });
    const moved = await moveSession(summitId, added.id, {
      roomId: room.id,
      startsAt: '2016-03-23T09:30:00',
      endsAt: '2016-03-23T10:30:00',
      version: added.version,
      keepConflicts: false,
    });
    expect(moved.startsAt).toBe('2016-03-23T09:30:00');
    const stale = await moveSession(summitId, added.id, {
      roomId: room.id,
      startsAt: '2016-03-23T11:00:00',
      endsAt: '2016-03-23T12:00:00',
      version: added.version,
      keepConflicts: false,
    }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(ApiError);
    const problem = (stale as ApiError).problem;
    expect(problem?.code).toBe('version.stale');
    expect(currentSessionOf(problem?.args)?.startsAt).toBe('2016-03-23T09:30:00');
    const revised = await saveSession(summitId, added.id, {
      title: { 'zh-Hant': '合約論壇', en: 'The contract forum' },
      type: 'FORUM',
      language: 'en',
      roomId: room.id,
      startsAt: moved.startsAt,
      endsAt: moved.endsAt,
      speakerIds: moved.speakerIds,
      keepConflicts: false,
      version: moved.version,
    });
    const draft = await getDraft(summitId);
    expect(draft.sessions.map((session) => session.id)).toContain(revised.id);
    const release = await publishRelease(summitId);
    expect(release.release).toBe(draft.latestRelease + 1);
    expect(release.changes.map((change) => change.kind)).toContain('ADDED');
    await cancelSession(summitId, revised.id, revised.version);
    expect((await getDraft(summitId)).sessions.map((session) => session.id)).not.toContain(
      revised.id,
    );
  });
});

describe('delegate fetchers', () => {
  it('read and revise their own profile', async () => {
    await logInAs('delegate.orlando@summit.demo');
    const profile = await getMyProfile();
    expect(profile?.cityId).toBe('orlando');
    if (profile) {
      const revised = await updateMyProfile({
        name: profile.name,
        title: profile.title,
        languages: profile.languages,
        needsInterpretation: profile.needsInterpretation,
        email: profile.email,
        preferredLanguage: profile.preferredLanguage ?? 'en',
        version: profile.version,
      });
      expect(revised.version).toBeGreaterThan(profile.version);
    }
  });
});

describe('delegate agenda fetchers', () => {
  it('bookmark, read my agenda, and issue and revoke my calendar feed', async () => {
    await logInAs('delegate.orlando@summit.demo');
    const summitId = (await getCurrentSummit())?.id ?? '';
    const agenda = await getAgenda(summitId);
    const first = agenda?.sessions[0];
    if (first) {
      await setBookmark(summitId, { sessionId: first.id, bookmarked: true });
      expect(await getBookmarks(summitId)).toContain(first.id);
      const mine = await getMyAgenda(summitId);
      expect(mine?.sessions.map((entry) => entry.session.id)).toContain(first.id);
      await setBookmark(summitId, { sessionId: first.id, bookmarked: false });
      expect(await getBookmarks(summitId)).not.toContain(first.id);
    } else {
      // No release yet: my agenda says so as null, and there is nothing to bookmark.
      expect(await getMyAgenda(summitId)).toBeNull();
      expect(await getBookmarks(summitId)).toEqual([]);
    }

    const issued = await issueMyFeed(summitId);
    expect(issued.issued).toBe(true);
    expect(issued.url).toMatch(/^https?:\/\/.+\/api\/feeds\/.+\.ics$/);
    expect((await getMyFeed(summitId)).issued).toBe(true);
    await revokeMyFeed(summitId);
    expect(await getMyFeed(summitId)).toEqual({
      issued: false,
      issuedAt: null,
      url: null,
      path: null,
    });
  });
});

describe('pairing', () => {
  it('pairs a big screen and a signatory tablet with the codes staff issue', async () => {
    await logInAs('staff@contract.test');
    const signatory = (await getSigningRoll()).find((entry) => entry.signatoryId !== null);
    // Devices pair for the ceremony that exists: the current summit's, until ceremonies have ids.
    const summit = await getCurrentSummit();
    const ceremonyId = summit?.id ?? '';
    const screenCode = await createDevicePairing({ kind: 'screen', ceremonyId });
    const tabletCode = await createDevicePairing({
      kind: 'tablet',
      ceremonyId,
      signatoryId: signatory?.signatoryId ?? null,
    });

    const screen = await pairDevice({ code: screenCode.code });
    expect(screen.kind).toBe('screen');
    expect(screen.signatoryId).toBeNull();
    expect(screen.ceremonyName).toEqual(summit?.name);
    const tablet = await pairDevice({ code: tabletCode.code });
    expect(tablet.kind).toBe('tablet');
    expect(tablet.signatoryId).toBe(signatory?.signatoryId);
    expect(tablet.signatoryName).toEqual(signatory?.signatoryName);
  });
});

describe('the check itself', () => {
  it('looked at the answers', () => {
    expect(api.checked()).toBeGreaterThan(15);
  });
});

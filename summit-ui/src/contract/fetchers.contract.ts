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
import { getPairedDevices } from '@/features/accounts/api/get-paired-devices';
import { pairDevice } from '@/features/accounts/api/pair-device';
import { revokeDevice } from '@/features/accounts/api/revoke-device';
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
import { callNextSignatory } from '@/features/ceremony/api/call-next-signatory';
import { createCeremony } from '@/features/ceremony/api/create-ceremony';
import { createDevicePairing } from '@/features/ceremony/api/create-device-pairing';
import { getCeremony } from '@/features/ceremony/api/get-ceremony';
import { getCeremonyConsole } from '@/features/ceremony/api/get-ceremony-console';
import { getCurrentCeremony } from '@/features/ceremony/api/get-current-ceremony';
import { getSealedRecord, sealedPdfPath } from '@/features/ceremony/api/get-sealed-record';
import { getVerification } from '@/features/ceremony/api/get-verification';
import { markAbsent } from '@/features/ceremony/api/mark-absent';
import { openSigning } from '@/features/ceremony/api/open-signing';
import { prepareCeremony } from '@/features/ceremony/api/prepare-ceremony';
import { saveDeclaration } from '@/features/ceremony/api/save-declaration';
import { sealCeremony } from '@/features/ceremony/api/seal-ceremony';
import { verifySealedPdf } from '@/features/ceremony/api/verify-sealed-pdf';
import { getSigningRoll } from '@/features/ceremony/api/get-signing-roll';
import { getCities } from '@/features/cities/api/get-cities';
import { getCity } from '@/features/cities/api/get-city';
import { getMyProfile } from '@/features/cities/api/get-my-profile';
import { updateMyProfile } from '@/features/cities/api/update-my-profile';
import { getMail } from '@/features/notifications/api/get-mail';
import { getMailbox } from '@/features/notifications/api/get-mailbox';
import { getNoticePreferences } from '@/features/notifications/api/get-notice-preferences';
import { getNotifications } from '@/features/notifications/api/get-notifications';
import { markAllRead } from '@/features/notifications/api/mark-all-read';
import { markNoticeRead } from '@/features/notifications/api/mark-notice-read';
import { retryMail } from '@/features/notifications/api/retry-mail';
import { saveNoticePreferences } from '@/features/notifications/api/save-notice-preferences';

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
      expect(Array.isArray(mine.exchanges)).toBe(true);
      expect(mine.sessions.map((entry) => entry.session.id)).toContain(first.id);
      await setBookmark(summitId, { sessionId: first.id, bookmarked: false });
      expect(await getBookmarks(summitId)).not.toContain(first.id);
    } else {
      // No release yet: my agenda says so as release 0, and there is nothing to bookmark.
      const mine = await getMyAgenda(summitId);
      expect(mine.release).toBe(0);
      expect(mine.sessions).toEqual([]);
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

/** The refusal a fetcher threw, to look at its status and problem. */
async function refusal(request: Promise<unknown>): Promise<ApiError> {
  const error = await request.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('ceremony fetchers', () => {
  // The ceremony UiContractIntegrationTest drafted, the current one until the last step sets up another.
  let ceremonyId = '';
  let sealFingerprint = '';

  it('read the drafted ceremony and save a new version of its declaration (organisers)', async () => {
    await logInAs('organiser@contract.test');
    const drafted = await getCurrentCeremony();
    ceremonyId = drafted.ceremony.id;
    expect(drafted.ceremony.state).toBe('draft');
    expect(drafted.ceremony.textFingerprint).toBeNull();
    // While drafted, the signatories are those the signing roll would fix now.
    expect(drafted.signatories.length).toBeGreaterThan(0);
    const edit = {
      version: drafted.ceremony.version,
      ...drafted.declaration,
      en: { ...drafted.declaration.en, place: 'Taipei, Taiwan' },
    };
    await saveDeclaration({ ceremonyId, edit });
    const redrafted = await getCurrentCeremony();
    expect(redrafted.ceremony.declarationVersion).toBe(drafted.ceremony.declarationVersion + 1);
    expect(redrafted.declaration.en.place).toBe('Taipei, Taiwan');
    // The same edit again was made on a version that is no longer the current one.
    const stale = await refusal(saveDeclaration({ ceremonyId, edit }));
    expect(stale.status).toBe(409);
    expect(stale.problem?.code).toBe('version.stale');
    const blank = await refusal(
      saveDeclaration({
        ceremonyId,
        edit: {
          ...edit,
          version: redrafted.ceremony.version,
          zhHant: { ...edit.zhHant, articles: [''] },
          signedOn: null,
        },
      }),
    );
    expect(blank.status).toBe(400);
    expect(blank.problem?.errors?.map((error) => error.field)).toEqual(
      expect.arrayContaining(['zhHant.articles[0]', 'signedOn']),
    );
  });

  it('say that a ceremony not sealed yet has nothing to verify (anyone)', async () => {
    api.forgetCookies();
    setCsrfToken(null);
    const unsealed = await refusal(getVerification(ceremonyId));
    expect(unsealed.status).toBe(404);
    expect(unsealed.problem?.code).toBe('ceremony.not-sealed');
  });

  it('run the ceremony from the console: ready, devices paired, opened, called, absent, sealed (staff)', async () => {
    await logInAs('staff@contract.test');
    expect((await getCeremonyConsole(ceremonyId)).ceremony.state).toBe('draft');
    await prepareCeremony(ceremonyId);
    const ready = await getCurrentCeremony();
    expect(ready.ceremony.state).toBe('ready');
    expect(ready.ceremony.textFingerprint).toMatch(/^[0-9a-f]{64}$/);
    const [first] = ready.signatories;
    expect(first).toBeDefined();
    const firstId = first?.signatoryId ?? '';

    const screenCode = await createDevicePairing({ kind: 'screen', ceremonyId });
    const tabletCode = await createDevicePairing({
      kind: 'tablet',
      ceremonyId,
      signatoryId: firstId,
    });
    const screen = await pairDevice({ code: screenCode.code });
    expect(screen.kind).toBe('screen');
    expect(screen.ceremonyId).toBe(ceremonyId);
    expect(screen.signatoryId).toBeNull();
    expect(screen.ceremonyName).toEqual(ready.ceremony.name);
    const tablet = await pairDevice({ code: tabletCode.code });
    expect(tablet.kind).toBe('tablet');
    expect(tablet.signatoryId).toBe(firstId);
    expect(tablet.signatoryName).toEqual(first?.name);
    // A paired device reads its ceremony with its own token, without a session.
    expect((await getCeremony(ceremonyId, tablet.token)).ceremony.state).toBe('ready');
    const pairedScreen = (await getPairedDevices()).find(
      (device) => device.kind === 'screen' && device.ceremonyId === ceremonyId,
    );
    expect(pairedScreen).toBeDefined();

    const paired = await getCeremonyConsole(ceremonyId);
    expect(paired.screens.paired).toBeGreaterThanOrEqual(1);
    expect(
      paired.signatories.find((row) => row.signatory.signatoryId === firstId)?.tablet,
    ).not.toBe('none');

    await openSigning({ ceremonyId, mode: 'one-by-one' });
    await callNextSignatory(ceremonyId);
    const called = await getCeremonyConsole(ceremonyId);
    expect(called.ceremony.state).toBe('open');
    expect(called.ceremony.signingMode).toBe('one-by-one');
    expect(
      called.signatories.find((row) => row.signatory.signatoryId === firstId)?.signatory.status,
    ).toBe('called');
    // Nobody signs here (that takes a tablet's WebSocket): everyone is marked absent, then sealed.
    for (const { signatoryId } of ready.signatories) {
      await markAbsent({ ceremonyId, signatoryId });
    }
    await revokeDevice(pairedScreen?.id ?? '');
    const seal = await sealCeremony(ceremonyId);
    expect(seal.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    sealFingerprint = seal.fingerprint;
    const sealed = await getCeremonyConsole(ceremonyId);
    expect(sealed.ceremony.state).toBe('sealed');
    expect(sealed.signatories.every((row) => row.signatory.status === 'absent')).toBe(true);
  });

  it('read the sealed record and verify the seal, by its id and by the PDF uploaded (anyone)', async () => {
    api.forgetCookies();
    setCsrfToken(null);
    const verification = await getVerification(ceremonyId);
    expect(verification.valid).toBe(true);
    expect(verification.fingerprint).toBe(sealFingerprint);
    const record = await getSealedRecord(ceremonyId);
    expect(record.fingerprint).toBe(sealFingerprint);
    expect(record.signatures.map((signature) => signature.status)).not.toContain('confirmed');
    const pdf = await fetch(sealedPdfPath(ceremonyId));
    expect(pdf.headers.get('Content-Type')).toContain('application/pdf');
    const uploaded = await verifySealedPdf(
      new Blob([await pdf.arrayBuffer()], { type: 'application/pdf' }),
    );
    expect(uploaded.valid).toBe(true);
    expect(uploaded.fileMatches).toBe(true);
  });

  it('set up a new ceremony, or say which of its fields are wrong (organisers)', async () => {
    await logInAs('organiser@contract.test');
    const sealed = await getCurrentCeremony();
    const refused = await refusal(
      createCeremony({
        name: { 'zh-Hant': '合約典禮', en: '' },
        zhHant: { ...sealed.declaration.zhHant, articles: [''] },
        en: sealed.declaration.en,
        signedOn: null,
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.problem?.errors?.map((error) => error.field)).toEqual(
      expect.arrayContaining(['name.en', 'zhHant.articles[0]', 'signedOn']),
    );
    const created = await createCeremony({
      name: { 'zh-Hant': '合約典禮', en: 'Contract ceremony' },
      zhHant: sealed.declaration.zhHant,
      en: sealed.declaration.en,
      signedOn: sealed.declaration.signedOn,
    });
    expect(created.ceremony.state).toBe('draft');
    expect(created.ceremony.declarationVersion).toBe(1);
    expect((await getCurrentCeremony()).ceremony.id).toBe(created.ceremony.id);
  });
});

describe('notification fetchers', () => {
  // UiContractIntegrationTest writes a notification for Orlando's delegate and a dead letter, as
  // summit-notifications would.
  it("list a delegate's notifications, mark one and then all read, and change their preferences", async () => {
    await logInAs('delegate.orlando@summit.demo');
    const list = await getNotifications({ limit: 20 });
    expect(list.unread).toBeGreaterThan(0);
    // The engine runs in the same process and may have told this delegate of other things (the ceremony sealed
    // above): the notification the test wrote is found by its title.
    const written = list.notices.find((notice) => notice.title.en === 'The opening ceremony moved');
    expect(written).toBeDefined();
    if (written) {
      const marked = await markNoticeRead(written.id);
      expect(marked.notice.read).toBe(true);
      const stillUnread = await getNotifications({ unread: true, limit: 100 });
      expect(stillUnread.notices.map((notice) => notice.id)).not.toContain(written.id);
    }
    expect((await markAllRead()).unread).toBe(0);

    const preferences = await getNoticePreferences();
    expect(preferences.kinds.map((choice) => choice.kind)).toContain('session.changed');
    const saved = await saveNoticePreferences({
      language: 'en',
      emailDigest: true,
      kinds: [{ kind: 'session.changed', inApp: true, email: false }],
    });
    expect(saved.emailDigest).toBe(true);
    expect(saved.kinds.find((choice) => choice.kind === 'session.changed')?.email).toBe(false);
    await expect(saveNoticePreferences({ ...saved, language: 'fr' as 'en' })).rejects.toMatchObject(
      { status: 400 },
    );
  });

  it("open the organisers' mailbox, read a dead letter and retry it once", async () => {
    await logInAs('organiser@contract.test');
    const box = await getMailbox(null);
    expect(box.counts.dead).toBeGreaterThan(0);
    const dead = (await getMailbox('DEAD')).mails[0];
    expect(dead?.state).toBe('DEAD');
    if (dead) {
      const opened = await getMail(dead.id);
      expect(opened.htmlBody).toContain('<p>');
      expect(opened.calendar).toContain('BEGIN:VCALENDAR');
      const retried = await retryMail(dead.id);
      expect(retried.mail.state).toBe('PENDING');
      const again = await retryMail(dead.id).catch((error: unknown) => error);
      expect(again).toBeInstanceOf(ApiError);
      expect((again as ApiError).problem?.code).toBe('mailbox.retry.not-dead');
    }
  });
});

describe('the check itself', () => {
  it('looked at the answers', () => {
    expect(api.checked()).toBeGreaterThan(15);
  });
});

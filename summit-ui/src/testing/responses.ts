import type { Account, AccountRole, ProblemDetails, Session } from '@/types/api';

/** The 2016 Smart City Mayors' Summit as `GET /api/summits/current` returns it. */
export const taipei2016 = {
  id: '0b9f6f0e-3c1a-4d8e-9a57-6f1d2c3b4a59',
  name: { 'zh-Hant': '2016 智慧城市市長高峰會', en: "2016 Smart City Mayors' Summit" },
  venue: { 'zh-Hant': '臺北國際會議中心', en: 'Taipei International Convention Center' },
  startsOn: '2016-03-23',
  endsOn: '2016-03-24',
  timeZone: 'Asia/Taipei',
  version: 1,
};

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problemResponse(problem: ProblemDetails & { status: number }): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A refused field as the server reports it: its code, args and English message. */
export interface RefusedField {
  field: string;
  code: string;
  args?: Record<string, unknown>;
  line?: number;
}

/** A 400 problem refusing these fields, as the server sends it. */
export function refusedFieldsResponse(errors: RefusedField[]): Response {
  return problemResponse({
    type: '/api/problems/invalid-input',
    title: 'Bad Request',
    status: 400,
    detail: 'Some values were refused',
    code: 'input.invalid',
    args: { count: errors.length },
    errors: errors.map((error) => ({
      args: {},
      message: `(English message for ${error.code})`,
      ...error,
    })),
  });
}

/** A problem that is not about fields (409, 410, 429…), as the server sends it. */
export function codedProblemResponse(
  status: number,
  code: string,
  args: Record<string, unknown> = {},
): Response {
  return problemResponse({
    type: '/api/problems/conflict',
    title: 'Problem',
    status,
    detail: `(English message for ${code})`,
    code,
    args,
    errors: [],
  });
}

/** One account of each role, as `GET /api/session` describes them. */
export const accounts = {
  organiser: {
    id: '6f1c2a0e-1111-4a5b-8c9d-000000000001',
    email: 'organiser@summit.example',
    displayName: 'Lin Mei-hua',
    role: 'organiser',
    cityId: null,
    active: true,
    deactivated: false,
  },
  delegate: {
    id: '6f1c2a0e-1111-4a5b-8c9d-000000000002',
    email: 'delegate@orlando.example',
    displayName: 'Buddy Dyer',
    role: 'delegate',
    cityId: 'orlando',
    active: true,
    deactivated: false,
  },
  staff: {
    id: '6f1c2a0e-1111-4a5b-8c9d-000000000003',
    email: 'staff@summit.example',
    displayName: 'Chen Wei',
    role: 'staff',
    cityId: null,
    active: true,
    deactivated: false,
  },
} as const satisfies Record<AccountRole, Account>;

/** The session body for a logged-in account of `role`. */
export function sessionOf(role: AccountRole): Session {
  return { account: accounts[role], csrfToken: `csrf-token-of-${role}` };
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** What `GET /api/session` answers an anonymous visitor. */
export function notLoggedIn(): Response {
  return codedProblemResponse(401, 'request.unauthorized');
}

import type { ProblemDetails } from '@/types/api';

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

import { describe, expect, it } from 'vitest';

import {
  ApiError,
  getDeviceJson,
  getJson,
  send,
  sendDeviceJson,
  sendFile,
  sendJson,
  setCsrfToken,
} from '@/lib/api-client';
import { stubApi } from '@/testing/fake-api';
import { jsonResponse, noContent, refusedFieldsResponse } from '@/testing/responses';

describe('the CSRF token', () => {
  it('goes with every POST once the session has given one', async () => {
    const api = stubApi({ 'POST /api/things': () => jsonResponse({ id: 1 }, 201) });
    setCsrfToken('token-from-the-session');

    await expect(sendJson('POST', '/api/things', { name: 'a' })).resolves.toEqual({ id: 1 });

    const [post] = api.received('POST /api/things');
    expect(post?.headers.get('X-CSRF-Token')).toBe('token-from-the-session');
    expect(post?.headers.get('Content-Type')).toBe('application/json');
    expect(post?.body).toEqual({ name: 'a' });
  });

  it('goes with PUT, PATCH and DELETE too, but never with GET', async () => {
    const api = stubApi({
      'GET /api/things': () => jsonResponse([]),
      'PUT /api/things/1': noContent,
      'PATCH /api/things/1': noContent,
      'DELETE /api/things/1': noContent,
    });
    setCsrfToken('t');

    await getJson('/api/things');
    await send('PUT', '/api/things/1', {});
    await send('PATCH', '/api/things/1', {});
    await send('DELETE', '/api/things/1');

    expect(api.requests.map((r) => [r.method, r.headers.get('X-CSRF-Token')])).toEqual([
      ['GET', null],
      ['PUT', 't'],
      ['PATCH', 't'],
      ['DELETE', 't'],
    ]);
  });

  it('is not sent once forgotten (after logging out)', async () => {
    const api = stubApi({ 'POST /api/session': () => jsonResponse({}) });
    setCsrfToken('old');
    setCsrfToken(null);

    await sendJson('POST', '/api/session', { email: 'a@b.example', password: 'x' });

    expect(api.requests[0]?.headers.has('X-CSRF-Token')).toBe(false);
  });
});

describe('a paired device’s requests', () => {
  it('carry its bearer token, and neither the session’s cookie nor its CSRF token', async () => {
    const api = stubApi({
      'GET /api/ceremonies/c1': () => jsonResponse({ ok: true }),
      'POST /api/ceremonies/c1/signatures/mine/confirmation': () => jsonResponse({ ok: true }),
    });
    setCsrfToken('the-session-token');

    await getDeviceJson('/api/ceremonies/c1', 'device-token');
    await sendDeviceJson(
      'POST',
      '/api/ceremonies/c1/signatures/mine/confirmation',
      'device-token',
      {
        lastSeq: 3,
      },
    );

    expect(api.requests.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer device-token',
      'Bearer device-token',
    ]);
    expect(api.requests.map((r) => r.headers.get('X-CSRF-Token'))).toEqual([null, null]);
    expect(api.fetchMock.mock.calls.map(([, init]) => init?.credentials)).toEqual(['omit', 'omit']);
  });
});

describe('errors', () => {
  it('carry the wait that Retry-After asks for, in seconds or as a date', async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    stubApi({
      'POST /api/seconds': () =>
        new Response(null, { status: 429, headers: { 'Retry-After': '90' } }),
      'POST /api/date': () =>
        new Response(null, { status: 429, headers: { 'Retry-After': inTwoMinutes } }),
    });

    const seconds = await send('POST', '/api/seconds').catch((error: unknown) => error);
    const date = await send('POST', '/api/date').catch((error: unknown) => error);

    expect(seconds).toBeInstanceOf(ApiError);
    expect((seconds as ApiError).retryAfterSeconds).toBe(90);
    expect((date as ApiError).retryAfterSeconds).toBeGreaterThan(100);
    expect((date as ApiError).retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it('keep the problem the server sent, with its codes', async () => {
    stubApi({
      'POST /api/form': () =>
        refusedFieldsResponse([
          { field: 'newPassword', code: 'password.length', args: { min: 12 } },
        ]),
    });

    const error = await send('POST', '/api/form', {}).catch((failure: unknown) => failure);

    expect((error as ApiError).problem?.code).toBe('input.invalid');
    expect((error as ApiError).problem?.errors).toEqual([
      expect.objectContaining({
        field: 'newPassword',
        code: 'password.length',
        args: { min: 12 },
      }),
    ]);
  });
});

describe('files', () => {
  it('go as they are, with their media type and the CSRF token', async () => {
    const api = stubApi({ 'POST /api/uploads': () => jsonResponse({ rows: 1 }) });
    setCsrfToken('t');
    const file = new File(['city,name\ntaipei,Taipei\n'], 'cities.csv', { type: '' });

    await expect(sendFile('POST', '/api/uploads', file, 'text/csv')).resolves.toEqual({ rows: 1 });

    const [upload] = api.received('POST /api/uploads');
    expect(upload?.headers.get('Content-Type')).toBe('text/csv');
    expect(upload?.headers.get('X-CSRF-Token')).toBe('t');
    expect(upload?.file).toBe(file);
    expect(upload?.body).toBeUndefined();
  });
});

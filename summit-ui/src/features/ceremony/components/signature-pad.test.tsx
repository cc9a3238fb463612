import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { FakeSocket } from '@/features/ceremony/lib/fake-socket';
import {
  ceremonyDetails,
  ceremonyId,
  koSigns,
  pairAs,
  socketAt,
  stubCanvas,
  stubWebSockets,
  tabletToken,
} from '@/features/ceremony/lib/test-ceremony';
import type { CeremonyDetails } from '@/features/ceremony/types';
import { stubApi } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const detailsPath = `GET /api/ceremonies/${ceremonyId}`;
const confirmationPath = `POST /api/ceremonies/${ceremonyId}/signatures/mine/confirmation`;

/** A server whose ceremony is whatever `current()` says when asked. */
function serverWith(current: () => CeremonyDetails) {
  return stubApi({
    [detailsPath]: () => jsonResponse(current()),
    [confirmationPath]: () => jsonResponse({ ...koSigns, status: 'confirmed' }),
  });
}

let sockets: FakeSocket[];
let fills: { count: number };

beforeEach(() => {
  sockets = stubWebSockets();
  fills = stubCanvas();
});

/** The pad, 500 × 200 pixels at the top left of the page. */
async function pad() {
  const canvas = await screen.findByTestId('signature-pad');
  vi.spyOn(canvas, 'getBoundingClientRect').mockReturnValue({
    left: 0,
    top: 0,
    width: 500,
    height: 200,
    right: 500,
    bottom: 200,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
  return canvas;
}

/** Draws a stroke through the pixels `at`. */
function draw(canvas: HTMLElement, at: [number, number][]) {
  const [first, ...rest] = at;
  fireEvent.pointerDown(canvas, { pointerId: 1, clientX: first?.[0], clientY: first?.[1] });
  for (const [x, y] of rest) {
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: x, clientY: y });
  }
  fireEvent.pointerUp(canvas, { pointerId: 1 });
}

/** The tablet's socket, once opened and welcomed by the server. */
async function welcomed(lastSeq = 0) {
  await waitFor(() => {
    expect(sockets).toHaveLength(1);
  });
  const socket = socketAt(sockets, 0);
  act(() => {
    socket.open();
    socket.receive({ type: 'welcome', lastSeq });
  });
  return socket;
}

const state = () => screen.getByTestId('tablet-state');

describe('the signatory tablet', () => {
  it('sends a device that is not paired as a tablet to pair itself', async () => {
    stubApi();
    pairAs('screen');
    renderApp({ route: '/tablet', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Signatory tablet' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('tablet-not-paired')).toHaveTextContent(
      'This device is not paired as a signatory tablet.',
    );
    expect(screen.getByRole('link', { name: 'Pair this device' })).toHaveAttribute('href', '/pair');
    expect(sockets).toHaveLength(0);
  });

  it('shows the declaration’s title and who signs, and waits to be called without drawing', async () => {
    const api = serverWith(() => ceremonyDetails('open'));
    pairAs('tablet');
    renderApp({ route: '/tablet', language: 'zh-Hant' });

    expect(
      await screen.findByRole('heading', { level: 1, name: '臺北智慧城市宣言' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('tablet-signatory')).toHaveTextContent('柯文哲代表臺北市簽署');
    expect(state()).toHaveTextContent('等候唱名簽署。');
    draw(await pad(), [
      [10, 10],
      [20, 20],
    ]);

    expect(fills.count).toBe(0);
    expect(sockets).toHaveLength(0);
    expect(screen.queryByRole('button', { name: '確認簽名' })).not.toBeInTheDocument();
    // The bearer token of the tablet, not the session, asks for the ceremony.
    expect(api.received(detailsPath)[0]?.headers.get('Authorization')).toBe(
      `Bearer ${tabletToken}`,
    );
  });

  it('draws at once, sends the points in batches, and lets the signer confirm once all are acknowledged', async () => {
    let details = ceremonyDetails('open', { status: 'called' });
    const api = serverWith(() => details);
    pairAs('tablet');
    const { user } = renderApp({ route: '/tablet', language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Taipei Smart City Declaration' });
    const socket = await welcomed();
    expect(socket.sent).toEqual([{ type: 'hello', token: tabletToken }]);
    expect(socket.url).toBe(`ws://localhost:3000/ws/ceremonies/${ceremonyId}/tablet`);
    expect(state()).toHaveTextContent('Please sign in the box.');
    const confirm = screen.getByRole('button', { name: 'Confirm my signature' });
    expect(confirm).toBeDisabled();

    draw(await pad(), [
      [50, 100],
      [100, 120],
      [150, 140],
    ]);

    // The ink is on the pad before anything has left the tablet.
    expect(socket.sentOf('strokes')).toEqual([]);
    await waitFor(() => {
      expect(fills.count).toBeGreaterThan(0);
    });
    await waitFor(() => {
      expect(socket.sentOf('strokes')).toHaveLength(1);
    });
    const [batch] = socket.sentOf('strokes');
    expect(batch).toMatchObject({ type: 'strokes', seq: 1 });
    expect(
      (batch?.points as { s: number; x: number; y: number }[]).map((p) => [p.s, p.x, p.y]),
    ).toEqual([
      [0, 0.1, 0.5],
      [0, 0.2, 0.6],
      [0, 0.3, 0.7],
    ]);
    expect(state()).toHaveTextContent('Sending… (1 batch pending)');
    expect(confirm).toBeDisabled();

    act(() => {
      socket.receive({ type: 'ack', seq: 1 });
    });

    expect(state()).toHaveTextContent('Every stroke has been received.');
    expect(confirm).toBeEnabled();
    details = ceremonyDetails('open', { status: 'confirmed', confirmedAt: '2016-03-24T02:10:00Z' });
    await user.click(confirm);

    await waitFor(() => {
      expect(state()).toHaveTextContent('Your signature is confirmed. Thank you.');
    });
    const [confirmation] = api.received(confirmationPath);
    expect(confirmation?.body).toEqual({ lastSeq: 1 });
    expect(confirmation?.headers.get('Authorization')).toBe(`Bearer ${tabletToken}`);
    expect(screen.queryByRole('button', { name: 'Confirm my signature' })).not.toBeInTheDocument();
    const before = socket.sent.length;
    draw(await pad(), [
      [10, 10],
      [20, 20],
    ]);
    expect(socket.sent).toHaveLength(before);
  });

  it('keeps drawing offline, and lets no one confirm until the batches are acknowledged', async () => {
    serverWith(() => ceremonyDetails('open', { status: 'called' }));
    pairAs('tablet');
    renderApp({ route: '/tablet', language: 'en' });
    const first = await welcomed();

    act(() => {
      first.drop();
    });
    expect(state()).toHaveTextContent('Offline: reconnecting…');
    draw(await pad(), [
      [50, 100],
      [100, 120],
    ]);
    await waitFor(() => {
      expect(fills.count).toBeGreaterThan(0);
    });
    expect(screen.getByRole('button', { name: 'Confirm my signature' })).toBeDisabled();

    await waitFor(() => {
      expect(sockets).toHaveLength(2);
    });
    const second = socketAt(sockets, 1);
    act(() => {
      second.open();
      second.receive({ type: 'welcome', lastSeq: 0 });
    });

    await waitFor(() => {
      expect(second.sentOf('strokes')).toHaveLength(1);
    });
    expect(state()).toHaveTextContent('Sending… (1 batch pending)');
    act(() => {
      second.receive({ type: 'ack', seq: 1 });
    });
    expect(screen.getByRole('button', { name: 'Confirm my signature' })).toBeEnabled();
  });

  it('takes a touch for a resting palm once a pen has drawn', async () => {
    serverWith(() => ceremonyDetails('open', { status: 'called' }));
    pairAs('tablet');
    renderApp({ route: '/tablet', language: 'en' });
    const socket = await welcomed();
    const canvas = await pad();

    fireEvent.pointerDown(canvas, { pointerId: 1, pointerType: 'pen', clientX: 50, clientY: 100 });
    fireEvent.pointerUp(canvas, { pointerId: 1, pointerType: 'pen' });
    fireEvent.pointerDown(canvas, {
      pointerId: 2,
      pointerType: 'touch',
      clientX: 400,
      clientY: 150,
    });
    fireEvent.pointerMove(canvas, {
      pointerId: 2,
      pointerType: 'touch',
      clientX: 410,
      clientY: 160,
    });
    fireEvent.pointerUp(canvas, { pointerId: 2, pointerType: 'touch' });

    await waitFor(() => {
      expect(socket.sentOf('strokes')).toHaveLength(1);
    });
    expect(socket.sentOf('strokes')[0]?.points).toEqual([
      expect.objectContaining({ s: 0, x: 0.1, y: 0.5 }),
    ]);
  });

  it('clears the pad and the signature on the server, in the same sequence', async () => {
    serverWith(() => ceremonyDetails('open', { status: 'called' }));
    pairAs('tablet');
    const { user } = renderApp({ route: '/tablet', language: 'en' });
    const socket = await welcomed();
    draw(await pad(), [
      [50, 100],
      [100, 120],
    ]);
    await waitFor(() => {
      expect(socket.sentOf('strokes')).toHaveLength(1);
    });

    await user.click(screen.getByRole('button', { name: 'Clear' }));

    await waitFor(() => {
      expect(socket.sentOf('clear')).toEqual([{ type: 'clear', seq: 2 }]);
    });
    act(() => {
      socket.receive({ type: 'ack', seq: 2 });
    });
    expect(state()).toHaveTextContent('Please sign in the box.');
    expect(screen.getByRole('button', { name: 'Confirm my signature' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeDisabled();
  });

  it('says why the server refused the strokes for good, and locks the pad', async () => {
    serverWith(() => ceremonyDetails('open', { status: 'called' }));
    pairAs('tablet');
    renderApp({ route: '/tablet', language: 'zh-Hant' });
    const socket = await welcomed();

    act(() => {
      socket.receive({ type: 'refused', reason: 'device-revoked' });
    });

    expect(state()).toHaveTextContent(
      '筆畫遭拒：此平板的配對已撤銷或過期，請典禮工作人員重新配對。',
    );
    expect(screen.getByRole('button', { name: '確認簽名' })).toBeDisabled();
    draw(await pad(), [
      [10, 10],
      [20, 20],
    ]);
    expect(fills.count).toBe(0);
  });

  it('explains a confirmation the server refused', async () => {
    stubApi({
      [detailsPath]: () => jsonResponse(ceremonyDetails('open', { status: 'called' })),
      [confirmationPath]: () => codedProblemResponse(503, 'server.unavailable'),
    });
    pairAs('tablet');
    const { user } = renderApp({ route: '/tablet', language: 'en' });
    const socket = await welcomed();
    draw(await pad(), [
      [50, 100],
      [100, 120],
    ]);
    await waitFor(() => {
      expect(socket.sentOf('strokes')).toHaveLength(1);
    });
    act(() => {
      socket.receive({ type: 'ack', seq: 1 });
    });

    await user.click(screen.getByRole('button', { name: 'Confirm my signature' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Summit cannot answer right now: please try again shortly.',
    );
    expect(screen.getByRole('button', { name: 'Confirm my signature' })).toBeEnabled();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import type { FakeSocket } from '@/features/ceremony/lib/fake-socket';
import {
  ceremonyDetails,
  ceremonyId,
  dyerSigns,
  koSigns,
  pairAs,
  socketAt,
  screenToken,
  sealedRecord,
  stubCanvas,
  stubWebSockets,
  strokePoints,
} from '@/features/ceremony/lib/test-ceremony';
import type { CeremonyDetails } from '@/features/ceremony/types';
import { stubApi } from '@/testing/fake-api';
import { jsonResponse } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const detailsPath = `GET /api/ceremonies/${ceremonyId}`;
const recordPath = `GET /api/ceremonies/${ceremonyId}/record`;

let sockets: FakeSocket[];
let fills: { count: number };

beforeEach(() => {
  sockets = stubWebSockets();
  fills = stubCanvas();
});

function serverWith(current: () => CeremonyDetails) {
  return stubApi({
    [detailsPath]: () => jsonResponse(current()),
    [recordPath]: () => jsonResponse(sealedRecord),
  });
}

async function welcomed(index: number) {
  await waitFor(() => {
    expect(sockets.length).toBeGreaterThan(index);
  });
  const socket = socketAt(sockets, index);
  act(() => {
    socket.open();
    socket.receive({ type: 'welcome' });
  });
  return socket;
}

const strokes = (signatoryId: string, seq: number) => ({
  type: 'strokes',
  signatoryId,
  seq,
  points: strokePoints(seq, 2),
  acceptedAt: '2016-03-24T02:05:00Z',
});

const block = (signatoryId: string) => screen.getByTestId(`signature-block-${signatoryId}`);

describe('the big screen', () => {
  it('sends a device that is not paired as the big screen to pair itself', async () => {
    stubApi();
    pairAs('tablet');
    renderApp({ route: '/screen', language: 'en' });

    expect(await screen.findByTestId('screen-not-paired')).toHaveTextContent(
      'This device is not paired as the big screen.',
    );
    expect(screen.getByRole('link', { name: 'Pair this device' })).toHaveAttribute('href', '/pair');
  });

  it('shows the declaration in both languages and a block per signatory, in signing order', async () => {
    const api = serverWith(() => ceremonyDetails('open'));
    pairAs('screen');
    renderApp({ route: '/screen', language: 'en' });

    const chinese = await screen.findByTestId('declaration-zh-Hant');
    expect(chinese).toHaveAttribute('lang', 'zh-Hant');
    expect(within(chinese).getByRole('heading', { name: '臺北智慧城市宣言' })).toBeInTheDocument();
    expect(
      within(chinese)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['推動開放資料。', '促進城市間的交流。']);
    const english = screen.getByTestId('declaration-en');
    expect(
      within(english).getByRole('heading', { name: 'Taipei Smart City Declaration' }),
    ).toBeInTheDocument();
    expect(english).toHaveTextContent('Taipei, 24 March 2016');

    const blocks = within(screen.getByRole('list', { name: 'Signatures' })).getAllByTestId(
      /^signature-block-/,
    );
    expect(blocks.map((b) => b.dataset.testid)).toEqual([
      `signature-block-${koSigns.signatoryId}`,
      `signature-block-${dyerSigns.signatoryId}`,
    ]);
    expect(within(block(koSigns.signatoryId)).getByText('臺北市')).toHaveAttribute(
      'lang',
      'zh-Hant',
    );
    expect(within(block(koSigns.signatoryId)).getByText('Taipei')).toBeInTheDocument();
    expect(within(block(koSigns.signatoryId)).getByText('Ko Wen-je')).toBeInTheDocument();
    expect(api.received(detailsPath)[0]?.headers.get('Authorization')).toBe(
      `Bearer ${screenToken}`,
    );
  });

  it('draws each batch once in its signatory’s block, after their last clear, and again after a reconnection', async () => {
    serverWith(() => ceremonyDetails('open'));
    pairAs('screen');
    renderApp({ route: '/screen', language: 'en' });
    await screen.findByTestId(`signature-block-${koSigns.signatoryId}`);
    const first = await welcomed(0);
    expect(first.sent).toEqual([{ type: 'hello', token: screenToken }]);
    expect(screen.getByTestId('screen-connection')).toHaveTextContent('Live');

    act(() => {
      first.receive(strokes(koSigns.signatoryId, 1));
      first.receive(strokes(koSigns.signatoryId, 2));
      first.receive(strokes(koSigns.signatoryId, 2));
      first.receive(strokes(dyerSigns.signatoryId, 1));
    });

    await waitFor(() => {
      expect(block(koSigns.signatoryId)).toHaveAttribute('data-batches', '2');
    });
    expect(block(dyerSigns.signatoryId)).toHaveAttribute('data-batches', '1');
    await waitFor(() => {
      expect(fills.count).toBeGreaterThan(0);
    });

    act(() => {
      first.receive({ type: 'clear', signatoryId: koSigns.signatoryId, seq: 3 });
      first.receive(strokes(koSigns.signatoryId, 4));
    });
    await waitFor(() => {
      expect(block(koSigns.signatoryId)).toHaveAttribute('data-batches', '1');
    });

    act(() => {
      first.drop();
    });
    expect(screen.getByTestId('screen-connection')).toHaveTextContent(
      'Connection lost: reconnecting…',
    );
    const second = await welcomed(1);
    // The server sends everything again: the screen already has it.
    act(() => {
      for (const seq of [1, 2]) {
        second.receive(strokes(koSigns.signatoryId, seq));
      }
      second.receive({ type: 'clear', signatoryId: koSigns.signatoryId, seq: 3 });
      second.receive(strokes(koSigns.signatoryId, 4));
      second.receive(strokes(koSigns.signatoryId, 5));
    });

    await waitFor(() => {
      expect(block(koSigns.signatoryId)).toHaveAttribute('data-batches', '2');
    });
    expect(block(dyerSigns.signatoryId)).toHaveAttribute('data-batches', '1');
  });

  it('marks confirmed and absent signatories when the ceremony changes', async () => {
    let details = ceremonyDetails('open', { status: 'called' });
    const api = serverWith(() => details);
    pairAs('screen');
    renderApp({ route: '/screen', language: 'zh-Hant' });
    await screen.findByTestId(`signature-block-${koSigns.signatoryId}`);
    const socket = await welcomed(0);

    details = ceremonyDetails('open', { status: 'confirmed' }, { status: 'absent' });
    act(() => {
      socket.receive({ type: 'changed', event: 'SignatureConfirmed' });
    });

    expect(await within(block(koSigns.signatoryId)).findByText('已確認')).toBeInTheDocument();
    expect(within(block(dyerSigns.signatoryId)).getByText('缺席')).toBeInTheDocument();
    expect(block(dyerSigns.signatoryId)).toHaveAttribute('data-status', 'absent');
    expect(api.received(detailsPath)).toHaveLength(2);
  });

  it('shows the seal with its fingerprint and where to download, verify and replay it', async () => {
    let details = ceremonyDetails('open', { status: 'confirmed' }, { status: 'absent' });
    serverWith(() => details);
    pairAs('screen');
    renderApp({ route: '/screen', language: 'en' });
    await screen.findByTestId(`signature-block-${koSigns.signatoryId}`);
    const socket = await welcomed(0);

    details = ceremonyDetails('sealed', { status: 'confirmed' }, { status: 'absent' });
    act(() => {
      socket.receive({ type: 'changed', event: 'DeclarationSealed' });
    });

    const sealed = await screen.findByTestId('screen-sealed');
    expect(
      within(sealed).getByRole('heading', { name: 'The declaration is sealed' }),
    ).toBeInTheDocument();
    expect(await within(sealed).findByTestId('screen-fingerprint')).toHaveTextContent(
      sealedRecord.fingerprint,
    );
    expect(within(sealed).getByRole('link', { name: 'Download the sealed PDF' })).toHaveAttribute(
      'href',
      `/api/ceremonies/${ceremonyId}/sealed.pdf`,
    );
    expect(within(sealed).getByRole('link', { name: 'Verify it' })).toHaveAttribute(
      'href',
      `/verify/${ceremonyId}`,
    );
    expect(within(sealed).getByRole('link', { name: 'Watch the replay' })).toHaveAttribute(
      'href',
      `/replay/${ceremonyId}`,
    );
  });
});

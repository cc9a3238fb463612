import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import {
  ceremonyId,
  dyerSigns,
  koSigns,
  sealedRecord,
  stubCanvas,
} from '@/features/ceremony/lib/test-ceremony';
import { stubApi } from '@/testing/fake-api';
import { jsonResponse } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const recordPath = `GET /api/ceremonies/${ceremonyId}/record`;

const block = (signatoryId: string) => screen.getByTestId(`signature-block-${signatoryId}`);

beforeEach(() => {
  stubCanvas();
});

describe('the replay', () => {
  it('draws every signature again at the pace it was accepted', async () => {
    const api = stubApi({ [recordPath]: () => jsonResponse(sealedRecord) });
    const { user } = renderApp({ route: `/replay/${ceremonyId}`, language: 'en' });

    const ko = await screen.findByTestId(`signature-block-${koSigns.signatoryId}`);
    expect(ko).toHaveAttribute('data-batches', '1');
    expect(screen.getByTestId('replay-progress')).toHaveTextContent('0:00 of 0:00');
    expect(within(block(dyerSigns.signatoryId)).getByText('Absent')).toBeInTheDocument();
    expect(within(ko).queryByText('Confirmed')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Play' }));

    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await waitFor(() => {
      expect(ko).toHaveAttribute('data-batches', '2');
    });
    await waitFor(() => {
      expect(ko).toHaveAttribute('data-batches', '3');
    });
    expect(await screen.findByText('The replay is over.')).toBeInTheDocument();
    expect(within(ko).getByText('Confirmed')).toBeInTheDocument();
    expect(api.received(recordPath)).toHaveLength(1);
  });

  it('says when there is nothing to replay yet', async () => {
    stubApi({
      [recordPath]: () =>
        new Response(JSON.stringify({ status: 404, code: 'ceremony.not-sealed' }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    renderApp({ route: `/replay/${ceremonyId}`, language: 'zh-Hant' });

    expect(await screen.findByTestId('replay-not-sealed')).toHaveTextContent(
      '此典禮尚未封存，沒有可重播的內容。',
    );
  });
});

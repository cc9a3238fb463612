import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { agreedWithEindhoven, exchangeBlocks, schedulingRun } from '@/testing/exchanges';
import { stubApi, type Handler } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse, sessionOf, taipei2016 } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const runs = `/api/exchange-scheduling/summit/${taipei2016.id}/runs`;
const runId = schedulingRun({}).id;

/** An organiser's server whose latest run is, in turn, each of `latest` (then the last one again). */
function organiserServer(latest: (() => Response)[], more: Record<string, Handler> = {}) {
  let asked = 0;
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/exchanges': () => jsonResponse([agreedWithEindhoven]),
    [`GET /api/exchange-blocks/summit/${taipei2016.id}`]: () => jsonResponse(exchangeBlocks),
    [`GET ${runs}/latest`]: () => {
      const answer = latest[Math.min(asked, latest.length - 1)];
      asked += 1;
      return answer ? answer() : codedProblemResponse(404, 'exchange.scheduling.run-not-found');
    },
    ...more,
  });
}

describe('automatic scheduling', () => {
  it('starts a run, shows its progress live, then its score and what it could not place', async () => {
    const api = organiserServer(
      [
        () => codedProblemResponse(404, 'exchange.scheduling.run-not-found'),
        () =>
          jsonResponse(
            schedulingRun({
              placed: 2,
              hard: 0,
              soft: -20,
              elapsedMillis: 12_000,
              timeLimitMillis: 30_000,
            }),
          ),
        () =>
          jsonResponse(
            schedulingRun({
              state: 'DONE',
              elapsedMillis: 14_500,
              finishedAt: '2016-03-10T09:00:15Z',
              placed: 2,
              hard: 0,
              medium: 0,
              soft: -10,
              scheduled: 2,
              unplaced: [
                {
                  exchangeId: agreedWithEindhoven.id,
                  reason: 'exchange.unplaced.participants-busy',
                },
              ],
            }),
          ),
      ],
      {
        [`POST ${runs}`]: () => jsonResponse(schedulingRun({ elapsedMillis: 0, placed: 0 }), 202),
      },
    );
    const { user } = renderApp({ route: '/organiser/exchanges', language: 'en' });

    const panel = await screen.findByTestId('scheduling');
    await user.click(within(panel).getByRole('button', { name: 'Start scheduling' }));

    expect(await within(panel).findByText('Scheduling is running…')).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Start scheduling' })).toBeDisabled();
    // Polled every second: the next answer shows 12 of 30 seconds gone and two exchanges placed.
    const bar = await within(panel).findByRole('progressbar', { name: '12 of 30 seconds' });
    expect(bar).toHaveAttribute('value', '12');
    expect(bar).toHaveAttribute('max', '30');
    expect(within(panel).getByTestId('scheduling-placed')).toHaveTextContent('2 of 3');
    expect(within(panel).getByTestId('scheduling-score')).toHaveTextContent('0 / 0 / -20');

    expect(
      await within(panel).findByText(
        'Scheduling has finished: the schedule has been updated.',
        {},
        { timeout: 3000 },
      ),
    ).toBeVisible();
    expect(within(panel).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(panel).getByTestId('scheduling-score')).toHaveTextContent('0 / 0 / -10');
    expect(within(panel).getByTestId('scheduling-changes')).toHaveTextContent(
      '2 placed, 0 moved, 0 lost their place',
    );
    expect(within(panel).getByTestId('scheduling-unplaced')).toHaveTextContent(
      'Innovation: Eindhoven, Orlando: at every free slot a participant speaks or moderates a session',
    );
    expect(api.received(`POST ${runs}`)).toHaveLength(1);
    // The finished run changed the schedule: the exchanges are asked for again.
    expect(api.received('GET /api/exchanges').length).toBeGreaterThan(1);
  });

  it('cancels a running run, and says the schedule stayed as it was', async () => {
    let run = schedulingRun({});
    const api = organiserServer([() => jsonResponse(run)], {
      [`POST /api/exchange-scheduling/runs/${runId}/cancellation`]: () => {
        run = schedulingRun({ state: 'CANCELLED', cancelRequested: true });
        return jsonResponse(run);
      },
    });
    const { user } = renderApp({ route: '/organiser/exchanges', language: 'zh-Hant' });

    const panel = await screen.findByTestId('scheduling');
    expect(
      await within(panel).findByRole('progressbar', { name: '已用 3 秒，上限 30 秒' }),
    ).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: '取消排程' }));

    expect(await within(panel).findByText('排程已取消。')).toBeVisible();
    expect(within(panel).getByText('交流時程維持排程前的狀態。')).toBeVisible();
    expect(api.received(`POST /api/exchange-scheduling/runs/${runId}/cancellation`)).toHaveLength(
      1,
    );
  });

  it("shows why a run cannot start, from the server's code", async () => {
    organiserServer([() => codedProblemResponse(404, 'exchange.scheduling.run-not-found')], {
      [`POST ${runs}`]: () => codedProblemResponse(409, 'exchange.scheduling.no-blocks'),
    });
    const { user } = renderApp({ route: '/organiser/exchanges', language: 'en' });

    const panel = await screen.findByTestId('scheduling');
    await user.click(within(panel).getByRole('button', { name: 'Start scheduling' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'No exchange block of this summit has tables yet',
    );
  });
});

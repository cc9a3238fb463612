import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { codedProblemResponse, jsonResponse, taipei2016 } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

function stubFetch(answer: () => Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(answer);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const header = () => screen.getByRole('banner');

describe('SummitBanner in the header', () => {
  it('shows the current summit in Traditional Chinese, then in English after switching', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(taipei2016)));
    const { user } = renderApp({ language: 'zh-Hant' });

    expect(await within(header()).findByText('2016 智慧城市市長高峰會')).toBeInTheDocument();
    expect(within(header()).getByText('2016年3月23日至24日')).toBeInTheDocument();
    expect(within(header()).getByText('臺北國際會議中心')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(within(header()).getByText("2016 Smart City Mayors' Summit")).toBeInTheDocument();
    expect(within(header()).getByText('23–24 March 2016')).toBeInTheDocument();
    expect(
      within(header()).getByText('Taipei International Convention Center'),
    ).toBeInTheDocument();
    expect(within(header()).queryByText('2016 智慧城市市長高峰會')).not.toBeInTheDocument();
    // Switching language re-renders from the cache; it does not ask the server again.
    const summitRequests = fetchMock.mock.calls.filter(([path]) => path === '/api/summits/current');
    expect(summitRequests).toHaveLength(1);
  });

  it('says that no summit has been set up when the API answers 404', async () => {
    stubFetch(() => Promise.resolve(codedProblemResponse(404, 'summit.none')));
    const { user } = renderApp({ language: 'zh-Hant' });

    expect(await within(header()).findByText('尚未設定任何高峰會。')).toHaveRole('status');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(within(header()).getByText('No summit has been set up yet.')).toHaveRole('status');
    expect(within(header()).queryByTestId('summit-name')).not.toBeInTheDocument();
    expect(within(header()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it("explains a server failure from its code, in the reader's language", async () => {
    stubFetch(() => Promise.resolve(codedProblemResponse(500, 'server.database-failed')));
    renderApp({ language: 'zh-Hant' });

    const alert = await within(header()).findByRole('alert');
    expect(alert).toHaveTextContent('資料庫發生錯誤，未儲存任何變更。請再試一次。');
    expect(alert).not.toHaveTextContent('database');
  });

  it('explains an unreachable server in the current language and can try again', async () => {
    const fetchMock = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = renderApp({ language: 'zh-Hant' });

    const alert = await within(header()).findByRole('alert');
    expect(alert).toHaveTextContent('無法連線到伺服器，請檢查網路連線後再試一次。');

    fetchMock.mockImplementation(() => Promise.resolve(jsonResponse(taipei2016)));
    await user.click(within(alert).getByRole('button', { name: '再試一次' }));

    expect(await within(header()).findByText('2016 智慧城市市長高峰會')).toBeInTheDocument();
  });

  it('names the status when an error answer has no problem body', async () => {
    stubFetch(() => Promise.resolve(new Response('Bad gateway', { status: 502 })));
    renderApp({ language: 'en' });

    expect(await within(header()).findByRole('alert')).toHaveTextContent(
      'The server answered with status 502.',
    );
  });
});

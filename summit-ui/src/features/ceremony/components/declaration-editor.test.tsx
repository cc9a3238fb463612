import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import {
  ceremonyId,
  declaration2016,
  detailsAt,
  textFingerprint,
} from '@/testing/ceremony-console';
import { stubApi, type ReceivedRequest } from '@/testing/fake-api';
import {
  codedProblemResponse,
  jsonResponse,
  noContent,
  refusedFieldsResponse,
  sessionOf,
} from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const declarationRoute = `PUT /api/ceremonies/${ceremonyId}/declaration`;

function organiserServer(
  at: Parameters<typeof detailsAt>[0],
  save: (request: ReceivedRequest) => Response = () => noContent(),
) {
  let current = detailsAt(at);
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/ceremonies/current': () => jsonResponse(current),
    [declarationRoute]: (request) => {
      const answer = save(request);
      if (answer.ok) {
        // The server keeps the new version: the page shows it once asked again.
        const { zhHant, en, signedOn } = request.body as typeof declaration2016;
        current = {
          ...current,
          ceremony: {
            ...current.ceremony,
            version: current.ceremony.version + 1,
            declarationVersion: current.ceremony.declarationVersion + 1,
          },
          declaration: { zhHant, en, signedOn },
        };
      }
      return answer;
    },
  });
}

const version = (field: 'zhHant' | 'en') => screen.getByTestId(`declaration-${field}`);

/** An organiser and no ceremony yet; `create` answers the set-up, which then is the current one. */
function noCeremonyServer(create: (request: ReceivedRequest) => Response | null = () => null) {
  let current: ReturnType<typeof detailsAt> | null = null;
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/ceremonies/current': () =>
      current ? jsonResponse(current) : codedProblemResponse(404, 'ceremony.none'),
    'POST /api/ceremonies': (request) => {
      const refusal = create(request);
      if (refusal) {
        return refusal;
      }
      const { name, zhHant, en, signedOn } = request.body as {
        name: { 'zh-Hant': string; en: string };
      } & typeof declaration2016;
      const drafted = detailsAt({ state: 'draft', version: 0, declarationVersion: 1 });
      current = {
        ...drafted,
        ceremony: { ...drafted.ceremony, name },
        declaration: { zhHant, en, signedOn },
      };
      return jsonResponse(current, 201);
    },
  });
}

describe('the declaration editor', () => {
  it('is reached from the organiser’s view', async () => {
    organiserServer({ state: 'draft' });
    const { user } = renderApp({ route: '/organiser', language: 'en' });

    await user.click(await screen.findByRole('link', { name: 'Declaration' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Declaration' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('declaration-en')).toBeInTheDocument();
  });

  it('shows both language versions side by side and saves them with the version edited', async () => {
    const api = organiserServer({ state: 'draft' });
    const { user } = renderApp({ route: '/organiser/ceremony', language: 'en' });

    const chinese = within(await screen.findByTestId('declaration-zhHant'));
    const english = within(version('en'));
    expect(screen.getByTestId('declaration-version')).toHaveTextContent('Draft, version 2');
    expect(screen.getByRole('group', { name: 'Traditional Chinese version' })).toBe(
      version('zhHant'),
    );
    expect(screen.getByRole('group', { name: 'English version' })).toBe(version('en'));
    expect(chinese.getByLabelText('Title')).toHaveValue('臺北智慧城市宣言');
    expect(chinese.getByLabelText('Title')).toHaveAttribute('lang', 'zh-Hant');
    expect(english.getByLabelText('Title')).toHaveValue('Taipei Smart City Declaration');
    expect(english.getByLabelText('Article 2')).toHaveValue('Foster exchange between cities.');

    const title = english.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Taipei Declaration');
    // A third article, then moved to the top; the second one removed.
    await user.click(
      english.getByRole('button', { name: 'Add an article to the English version' }),
    );
    await user.type(english.getByLabelText('Article 3'), 'Share what works.');
    await user.click(
      english.getByRole('button', { name: 'Move article 3 of the English version up' }),
    );
    await user.click(
      english.getByRole('button', { name: 'Move article 2 of the English version up' }),
    );
    await user.click(
      english.getByRole('button', { name: 'Remove article 3 of the English version' }),
    );
    // The Chinese version changes on its own: its articles need not align with the English ones.
    await user.click(
      chinese.getByRole('button', { name: 'Move article 2 of the Traditional Chinese version up' }),
    );
    const date = screen.getByLabelText('Date of signing');
    await user.clear(date);
    await user.type(date, '2016-03-23');

    await user.click(screen.getByRole('button', { name: 'Save the declaration' }));

    expect(await screen.findByTestId('declaration-saved')).toHaveTextContent('Saved as version 3.');
    expect(api.received(declarationRoute).map((request) => request.body)).toEqual([
      {
        version: 3,
        zhHant: { ...declaration2016.zhHant, articles: ['促進城市間交流。', '推動開放資料。'] },
        en: {
          ...declaration2016.en,
          title: 'Taipei Declaration',
          articles: ['Share what works.', 'Promote open data.'],
        },
        signedOn: '2016-03-23',
      },
    ]);
    expect(screen.getByTestId('declaration-version')).toHaveTextContent('Draft, version 3');
    expect(within(version('en')).getByLabelText('Article 1')).toHaveValue('Share what works.');
  });

  it('explains in the reader’s language that somebody else saved first, and reloads on request', async () => {
    organiserServer({ state: 'draft' }, () =>
      codedProblemResponse(409, 'version.stale', {
        what: { 'zh-Hant': '宣言', en: 'the declaration' },
        current: 4,
        expected: 3,
      }),
    );
    const { user } = renderApp({ route: '/organiser/ceremony', language: 'zh-Hant' });

    await user.click(await screen.findByRole('button', { name: '儲存宣言' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '在您編輯期間，其他人已更改宣言（目前為第 4 版；您編輯的是第 3 版）：請重新載入後再套用您的變更。',
    );
    expect(
      screen.getByRole('button', { name: '載入最新版本（您的修改將會遺失）' }),
    ).toBeInTheDocument();
  });

  it('shows each refused field next to its input, and all of them above the form', async () => {
    organiserServer({ state: 'draft' }, () =>
      refusedFieldsResponse([
        { field: 'en.articles[1]', code: 'value.required' },
        { field: 'zhHant.title', code: 'text.too-long', args: { max: 300 } },
      ]),
    );
    const { user } = renderApp({ route: '/organiser/ceremony', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Save the declaration' }));

    const article = await within(version('en')).findByLabelText('Article 2');
    expect(article).toHaveAttribute('aria-invalid', 'true');
    expect(article).toHaveAccessibleDescription('This is required.');
    expect(within(version('zhHant')).getByLabelText('Title')).toHaveAccessibleDescription(
      'This has at most 300 characters.',
    );
    expect(within(version('zhHant')).getByLabelText('Article 2')).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(within(version('en')).getByLabelText('Title')).not.toHaveAttribute('aria-invalid');
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('This is required.');
    expect(summary).toHaveTextContent('This has at most 300 characters.');
  });

  it('offers organisers to set up a ceremony while there is none, then edits its first draft', async () => {
    const api = noCeremonyServer();
    const { user } = renderApp({ route: '/organiser/ceremony', language: 'en' });

    const form = await screen.findByRole('form', { name: 'Set up the ceremony' });
    expect(within(form).getByText(/No ceremony has been set up yet/)).toBeInTheDocument();
    await user.type(
      within(form).getByLabelText('Name of the ceremony (Traditional Chinese)'),
      '臺北智慧城市宣言簽署',
    );
    await user.type(
      within(form).getByLabelText('Name of the ceremony (English)'),
      'Signing of the Taipei Declaration',
    );
    const chinese = within(version('zhHant'));
    const english = within(version('en'));
    // The same fields as the editor: each version as authored, one article to start with.
    expect(chinese.getByLabelText('Title')).toHaveAttribute('lang', 'zh-Hant');
    await user.type(chinese.getByLabelText('Title'), '臺北智慧城市宣言');
    await user.type(chinese.getByLabelText('Article 1'), '推動開放資料。');
    await user.type(chinese.getByLabelText('Place of signing'), '臺北');
    await user.type(english.getByLabelText('Title'), 'Taipei Smart City Declaration');
    await user.type(english.getByLabelText('Preamble'), 'We, the mayors,');
    await user.type(english.getByLabelText('Article 1'), 'Promote open data.');
    await user.click(
      english.getByRole('button', { name: 'Add an article to the English version' }),
    );
    await user.type(english.getByLabelText('Article 2'), 'Foster exchange between cities.');
    await user.type(english.getByLabelText('Place of signing'), 'Taipei');
    await user.type(screen.getByLabelText('Date of signing'), '2016-03-24');

    await user.click(within(form).getByRole('button', { name: 'Set up the ceremony' }));

    expect(await screen.findByTestId('ceremony-created')).toHaveTextContent(
      'The ceremony is set up: its declaration is drafted as version 1.',
    );
    expect(api.received('POST /api/ceremonies').map((request) => request.body)).toEqual([
      {
        name: { 'zh-Hant': '臺北智慧城市宣言簽署', en: 'Signing of the Taipei Declaration' },
        zhHant: {
          title: '臺北智慧城市宣言',
          preamble: '',
          articles: ['推動開放資料。'],
          place: '臺北',
        },
        en: {
          title: 'Taipei Smart City Declaration',
          preamble: 'We, the mayors,',
          articles: ['Promote open data.', 'Foster exchange between cities.'],
          place: 'Taipei',
        },
        signedOn: '2016-03-24',
      },
    ]);
    // From now on the page is the editor of that draft.
    expect(screen.getByTestId('declaration-version')).toHaveTextContent('Draft, version 1');
    expect(within(version('en')).getByLabelText('Article 2')).toHaveValue(
      'Foster exchange between cities.',
    );
    expect(screen.queryByRole('form', { name: 'Set up the ceremony' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save the declaration' })).toBeInTheDocument();
  });

  it('shows each refusal of a new ceremony next to its input, in the reader’s language', async () => {
    const api = noCeremonyServer(() =>
      refusedFieldsResponse([
        { field: 'name.en', code: 'value.required' },
        { field: 'zhHant.articles[0]', code: 'value.required' },
        { field: 'en.title', code: 'text.too-long', args: { max: 300 } },
        { field: 'signedOn', code: 'declaration.date.missing' },
      ]),
    );
    const { user } = renderApp({ route: '/organiser/ceremony', language: 'zh-Hant' });

    const form = await screen.findByRole('form', { name: '設立簽署典禮' });
    await user.type(within(form).getByLabelText('典禮名稱（繁體中文）'), '宣言簽署');
    await user.click(within(form).getByRole('button', { name: '設立典禮' }));

    const english = await within(form).findByLabelText('典禮名稱（英文）');
    await waitFor(() => {
      expect(english).toHaveAttribute('aria-invalid', 'true');
    });
    expect(english).toHaveAccessibleDescription('此欄為必填。');
    expect(within(form).getByLabelText('典禮名稱（繁體中文）')).not.toHaveAttribute('aria-invalid');
    expect(within(version('zhHant')).getByLabelText('第 1 條')).toHaveAccessibleDescription(
      '此欄為必填。',
    );
    expect(within(version('en')).getByLabelText('第 1 條')).not.toHaveAttribute('aria-invalid');
    expect(within(version('en')).getByLabelText('標題')).toHaveAccessibleDescription(
      '最多 300 個字元。',
    );
    expect(screen.getByLabelText('簽署日期')).toHaveAccessibleDescription('請提供宣言的簽署日期。');
    expect(screen.getByRole('alert')).toHaveTextContent('請提供宣言的簽署日期。');
    // Not given, the date goes as none, so that the server says what is missing.
    expect(api.received('POST /api/ceremonies')[0]?.body).toMatchObject({
      name: { 'zh-Hant': '宣言簽署', en: '' },
      signedOn: null,
    });
  });

  it('is read-only once the ceremony is ready: locked, with the text’s fingerprint', async () => {
    const api = organiserServer({ state: 'ready' });
    renderApp({ route: '/organiser/ceremony', language: 'en' });

    const locked = await screen.findByTestId('declaration-locked');
    expect(within(locked).getByText('Locked')).toBeInTheDocument();
    expect(within(locked).getByTestId('declaration-fingerprint')).toHaveTextContent(
      textFingerprint,
    );
    expect(within(locked).getByText('Foster exchange between cities.')).toBeInTheDocument();
    expect(within(locked).getByText('促進城市間交流。').closest('[lang]')).toHaveAttribute(
      'lang',
      'zh-Hant',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the declaration' })).not.toBeInTheDocument();
    expect(api.received(declarationRoute)).toHaveLength(0);
  });
});

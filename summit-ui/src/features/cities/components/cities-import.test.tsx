import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { cities2016 } from '@/testing/cities';
import { stubApi, type ReceivedRequest } from '@/testing/fake-api';
import {
  codedProblemResponse,
  jsonResponse,
  problemResponse,
  sessionOf,
} from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

function organiserServer(upload: (request: ReceivedRequest) => Response) {
  return stubApi({
    'GET /api/session': () => jsonResponse(sessionOf('organiser')),
    'GET /api/cities': () => jsonResponse(cities2016),
    'POST /api/cities/import': upload,
  });
}

const csv = () =>
  new File(['city,city_name_zh_hant,city_name_en\nseoul,首爾,Seoul\n'], 'delegations.csv', {
    type: 'text/csv',
  });

describe('importing cities from CSV', () => {
  it('sends the file as it is and reports what changed', async () => {
    const api = organiserServer(() =>
      jsonResponse({
        rows: 12,
        citiesRegistered: 3,
        citiesUpdated: 1,
        delegatesAdded: 9,
        delegatesUpdated: 2,
        unchangedDelegates: 1,
        signatoriesDesignated: 3,
        headsAppointed: 4,
      }),
    );
    const { user } = renderApp({ route: '/cities', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Import from CSV' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the template' })).toHaveAttribute(
      'href',
      '/api/cities/import/template',
    );
    const file = csv();
    await user.upload(screen.getByLabelText('CSV file'), file);
    await user.click(screen.getByRole('button', { name: 'Import the file' }));

    const report = await screen.findByTestId('cities-import-report');
    expect(report).toHaveTextContent('The file has been imported.');
    expect(within(report).getByTestId('cities-import-rows')).toHaveTextContent('12');
    expect(within(report).getByTestId('cities-import-delegatesAdded')).toHaveTextContent('9');
    expect(report).toHaveTextContent('Heads of delegation appointed4');
    const [upload] = api.received('POST /api/cities/import');
    expect(upload?.file).toBe(file);
    expect(upload?.headers.get('Content-Type')).toBe('text/csv');
    expect(upload?.headers.get('X-CSRF-Token')).toBe('csrf-token-of-organiser');
  });

  it('lists every problem of a refused file by line and column, in Chinese only', async () => {
    organiserServer(() => rejectedFile());
    const { user } = renderApp({ route: '/cities', language: 'zh-Hant' });

    await user.upload(await screen.findByLabelText('CSV 檔案'), csv());
    await user.click(screen.getByRole('button', { name: '匯入檔案' }));

    const table = await screen.findByTestId('cities-import-errors');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '未匯入任何資料：2 列共有 2 個問題。請修正後重新匯入檔案。',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('English');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['行', '欄位', '問題']);
    const rows = screen.getAllByTestId('cities-import-error');
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['3', 'time_zone', '「Mars/Base」不是 Summit 認得的時區：請從清單中選擇。'],
      ['7', 'email', '「mayor@」不是電子郵件地址。'],
    ]);
    expect(table).not.toHaveTextContent('English');
    expect(screen.queryByTestId('cities-import-report')).not.toBeInTheDocument();
  });

  it('says the same in English', async () => {
    organiserServer(() => rejectedFile());
    const { user } = renderApp({ route: '/cities', language: 'en' });

    await user.upload(await screen.findByLabelText('CSV file'), csv());
    await user.click(screen.getByRole('button', { name: 'Import the file' }));

    const first = (await screen.findAllByTestId('cities-import-error'))[0];
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was imported: 2 problems in 2 rows. Correct them and import the file again.',
    );
    expect(
      first &&
        within(first)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
    ).toEqual([
      '3',
      'time_zone',
      '“Mars/Base” is not a time zone Summit knows: choose it from the list.',
    ]);
  });

  it.each([
    ['en', 'Nothing was imported: 2 problems in 1 row. Correct them and import the file again.'],
    ['zh-Hant', '未匯入任何資料：1 列共有 2 個問題。請修正後重新匯入檔案。'],
  ] as const)(
    'counts two problems of one row as the table lists them (%s)',
    async (language, text) => {
      organiserServer(() => rejectedFile(3));
      const { user } = renderApp({ route: '/cities', language });

      await user.upload(await screen.findByTestId('cities-import-file'), csv());
      await user.click(screen.getByTestId('cities-import-submit'));

      expect(await screen.findAllByTestId('cities-import-error')).toHaveLength(2);
      expect(screen.getByRole('alert')).toHaveTextContent(text);
    },
  );

  it('explains a file too large', async () => {
    organiserServer(() => codedProblemResponse(413, 'csv.too-many-rows', { max: 10000 }));
    const { user } = renderApp({ route: '/cities', language: 'en' });

    await user.upload(await screen.findByTestId('cities-import-file'), csv());
    await user.click(screen.getByTestId('cities-import-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file has more than 10000 rows: import it in parts of at most 10000 rows.',
    );
    expect(screen.queryByTestId('cities-import-errors')).not.toBeInTheDocument();
  });

  it('asks for a file before sending anything', async () => {
    const api = organiserServer(() => jsonResponse({}));
    const { user } = renderApp({ route: '/cities', language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Import the file' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Choose the CSV file to import.');
    expect(screen.getByLabelText('CSV file')).toBeInvalid();
    expect(api.received('POST /api/cities/import')).toHaveLength(0);
  });
});

/** A refused file with a bad time zone on line 3 and a bad e-mail on `emailLine`. */
function rejectedFile(emailLine = 7): Response {
  return problemResponse({
    type: '/api/problems/invalid-file',
    title: 'Bad Request',
    status: 400,
    detail: 'English detail',
    code: 'csv.rejected',
    args: { count: emailLine === 3 ? 1 : 2 },
    errors: [
      {
        line: 3,
        field: 'time_zone',
        code: 'time-zone.unknown',
        args: { value: 'Mars/Base' },
        message: 'English message',
      },
      {
        line: emailLine,
        field: 'email',
        code: 'email.invalid',
        args: { value: 'mayor@' },
        message: 'English message',
      },
    ],
  });
}

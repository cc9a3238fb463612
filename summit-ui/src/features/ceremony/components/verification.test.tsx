import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatDateTime } from '@/lib/i18n';
import { ceremonyId, sealFingerprint, validVerification } from '@/testing/ceremony-console';
import { stubApi } from '@/testing/fake-api';
import { codedProblemResponse, jsonResponse } from '@/testing/responses';
import { renderApp } from '@/testing/test-utils';

const verificationRoute = `GET /api/ceremonies/${ceremonyId}/verification`;
const uploadRoute = 'POST /api/ceremonies/verification';

const pdf = () =>
  new File(['%PDF-1.7 sealed declaration'], 'declaration.pdf', { type: 'application/pdf' });

describe('the public verification page', () => {
  it('says in large words that an intact declaration is valid, to anyone, without logging in', async () => {
    const api = stubApi({ [verificationRoute]: () => jsonResponse(validVerification) });
    renderApp({ route: `/verify/${ceremonyId}`, language: 'en' });

    const result = await screen.findByTestId('verification-of-record');
    expect(within(result).getByTestId('verification-verdict')).toHaveTextContent(/^Valid$/);
    expect(within(result).getByText("2016 Smart City Mayors' Summit")).toBeInTheDocument();
    expect(within(result).getByText('2016 智慧城市市長高峰會')).toHaveAttribute('lang', 'zh-Hant');
    expect(within(result).getByTestId('verification-fingerprint')).toHaveTextContent(
      sealFingerprint,
    );
    // The summit's own time zone first (15:30 in Taipei), then the reader's.
    const sealedAt = await within(result).findByTestId('verification-sealed-at');
    await within(result).findByText('24 Mar 2016, 15:30:00 (Asia/Taipei)');
    expect(sealedAt).toHaveTextContent(
      `${formatDateTime('2016-03-24T07:30:00Z', 'en')} (your time)`,
    );
    expect(within(result).getByTestId('verification-check-recordIntact')).toHaveTextContent(
      'The stored record is intact: passed',
    );
    expect(within(result).getByTestId('verification-check-matchesSeal')).toHaveTextContent(
      'The record matches its seal: passed',
    );
    expect(within(result).queryByTestId('verification-check-fileMatches')).not.toBeInTheDocument();
    expect(screen.queryByTestId('login-required')).not.toBeInTheDocument();
    expect(api.received(verificationRoute)[0]?.headers.get('X-CSRF-Token')).toBeNull();
  });

  it('says in the reader’s language that an altered record is not valid, and which check failed', async () => {
    stubApi({
      [verificationRoute]: () =>
        jsonResponse({ ...validVerification, valid: false, recordIntact: false }),
    });
    renderApp({ route: `/verify/${ceremonyId}`, language: 'zh-Hant' });

    const result = await screen.findByTestId('verification-of-record');
    expect(within(result).getByTestId('verification-verdict')).toHaveTextContent(/^無效$/);
    const failed = within(result).getByTestId('verification-check-recordIntact');
    expect(failed).toHaveTextContent('儲存的紀錄完整：未通過');
    expect(failed).toHaveClass('verification__check--failed');
    expect(within(result).getByTestId('verification-check-matchesSeal')).toHaveTextContent(
      '紀錄與封存指紋相符：通過',
    );
  });

  it('explains why a ceremony cannot be verified', async () => {
    stubApi({
      [verificationRoute]: () => codedProblemResponse(404, 'ceremony.not-sealed'),
    });
    renderApp({ route: `/verify/${ceremonyId}`, language: 'en' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The declaration has not been sealed yet.',
    );
    expect(screen.queryByTestId('verification-verdict')).not.toBeInTheDocument();
  });

  it('without a ceremony, only checks an uploaded copy, sent as a PDF', async () => {
    const api = stubApi({
      [uploadRoute]: () => jsonResponse({ ...validVerification, valid: false, fileMatches: false }),
    });
    const { user } = renderApp({ route: '/verify', language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Verify a sealed declaration' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('verification-of-record')).not.toBeInTheDocument();
    const input = screen.getByLabelText('Sealed declaration (PDF)');
    expect(input).toHaveAttribute('accept', '.pdf,application/pdf');

    await user.click(screen.getByRole('button', { name: 'Check this file' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the PDF file to check.');
    expect(api.received(uploadRoute)).toHaveLength(0);

    const file = pdf();
    await user.upload(input, file);
    await user.click(screen.getByRole('button', { name: 'Check this file' }));

    const result = await screen.findByTestId('verification-of-file');
    expect(within(result).getByTestId('verification-verdict')).toHaveTextContent(/^Not valid$/);
    expect(within(result).getByTestId('verification-check-fileMatches')).toHaveTextContent(
      'The file matches the record: failed',
    );
    expect(within(result).getByTestId('verification-check-recordIntact')).toHaveTextContent(
      'passed',
    );
    const [request] = api.received(uploadRoute);
    expect(request?.headers.get('Content-Type')).toBe('application/pdf');
    expect(request?.file).toBe(file);
  });

  it('checks an uploaded copy on a ceremony’s page too, and explains a file it cannot read', async () => {
    stubApi({
      [verificationRoute]: () => jsonResponse(validVerification),
      [uploadRoute]: () => codedProblemResponse(400, 'ceremony.verification.unreadable'),
    });
    const { user } = renderApp({ route: `/verify/${ceremonyId}`, language: 'zh-Hant' });
    await screen.findByTestId('verification-of-record');

    await user.upload(screen.getByLabelText('已封存宣言（PDF）'), pdf());
    await user.click(screen.getByRole('button', { name: '檢查此檔案' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('此檔案不是本系統封存的宣言。');
    expect(screen.queryByTestId('verification-of-file')).not.toBeInTheDocument();
  });
});

import { useMutation } from '@tanstack/react-query';

import { sendFile } from '@/lib/api-client';

import { ceremoniesPath } from '@/features/ceremony/api/get-current-ceremony';
import type { Verification } from '@/features/ceremony/api/get-verification';

/**
 * Checks a copy of a sealed PDF: the server reads the ceremony and fingerprint it carries and
 * recomputes them. Anyone may ask; a file that is not a sealed declaration answers 400
 * `ceremony.verification.unreadable`.
 */
export function verifySealedPdf(file: Blob): Promise<Verification> {
  // Labelled application/pdf whatever the browser guessed from the file's name.
  return sendFile<Verification>('POST', `${ceremoniesPath}/verification`, file, 'application/pdf');
}

export function useVerifySealedPdf() {
  return useMutation({ mutationFn: verifySealedPdf });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendFile } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { citiesPath, citiesQueryKey } from '@/features/cities/api/get-cities';

/** What an accepted import changed; importing the same file again changes nothing. */
export type ImportReport = Schemas['DelegationImport.ImportReport'];

export const importTemplatePath = `${citiesPath}/import/template`;

/**
 * Imports cities and delegates from a CSV file, sent as it is. A file with any bad row answers
 * 400 with every problem (`errors[]` with `line`, `field` = column, `message`) and changes
 * nothing; a file too large answers 413. Organisers only.
 */
export function importCities(file: Blob): Promise<ImportReport> {
  // Labelled text/csv whatever the browser guessed (Windows calls CSV files vnd.ms-excel).
  return sendFile<ImportReport>('POST', `${citiesPath}/import`, file, 'text/csv');
}

export function useImportCities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCities,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citiesQueryKey }),
  });
}

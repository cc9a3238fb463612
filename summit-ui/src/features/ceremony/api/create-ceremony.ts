import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import {
  ceremoniesPath,
  ceremonyQueryKey,
  currentCeremonyQueryKey,
  type CeremonyDetails,
} from '@/features/ceremony/api/get-current-ceremony';

/** A ceremony to set up: its name in both languages and the first draft of its declaration. */
export type NewCeremony = Schemas['NewCeremony'];

/**
 * Sets up a ceremony, drafted, which becomes the current one (staff run it, devices are paired
 * for it); organisers. Answers 201 with the ceremony; bad fields 400 with each field named like
 * `name.en` or `zhHant.articles[0]`.
 */
export function createCeremony(ceremony: NewCeremony): Promise<CeremonyDetails> {
  return sendJson<CeremonyDetails>('POST', ceremoniesPath, ceremony);
}

export function useCreateCeremony() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCeremony,
    onSuccess: (created) => {
      // The new ceremony is the current one: the page shows it without asking again.
      queryClient.setQueryData(currentCeremonyQueryKey, created);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ceremonyQueryKey }),
  });
}

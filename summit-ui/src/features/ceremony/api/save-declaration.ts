import { useMutation, useQueryClient } from '@tanstack/react-query';

import { send } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

import { ceremonyPath, ceremonyQueryKey } from '@/features/ceremony/api/get-current-ceremony';

/** A new version of the drafted declaration, with the ceremony version it was edited from. */
export type DeclarationEdit = Schemas['DeclarationDraft'];

/**
 * Saves a new version of the declaration while the ceremony is a draft; organisers. A stale
 * `version` answers 409 `version.stale`, a locked declaration 409 `declaration.locked`, and bad
 * fields 400 with each field named like `zhHant.articles[2]`.
 */
export async function saveDeclaration({
  ceremonyId,
  edit,
}: {
  ceremonyId: string;
  edit: DeclarationEdit;
}): Promise<void> {
  await send('PUT', ceremonyPath(ceremonyId, '/declaration'), edit);
}

export function useSaveDeclaration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDeclaration,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ceremonyQueryKey }),
  });
}

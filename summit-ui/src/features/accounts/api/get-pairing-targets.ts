import { useQuery } from '@tanstack/react-query';

import { getJson, hasStatus } from '@/lib/api-client';
import type { LocalizedText } from '@/types/api';

/** A signatory a tablet can be paired for: a delegate designated on the signing roll. */
export interface PairingSignatory {
  /** The delegate's id, sent as `signatoryId`. */
  id: string;
  name: LocalizedText;
  cityName: LocalizedText;
}

/**
 * What devices can be paired for: the ceremony of the current summit (its id is the ceremony's,
 * until ceremonies have ids of their own) and the signatories on its signing roll.
 */
export interface PairingTargets {
  ceremonyId: string;
  summitName: LocalizedText;
  signatories: PairingSignatory[];
}

interface CurrentSummit {
  id: string;
  name: LocalizedText;
}

interface RollEntry {
  cityName: LocalizedText;
  signatoryId: string | null;
  signatoryName: LocalizedText | null;
}

// The same requests, under the same keys and with the same answers, as the current summit in the
// page header and the signing roll beside this form: the staff page asks for each once.
const currentSummitKey = ['summits', 'current'] as const;
const signingRollKey = ['ceremony', 'signing-roll'] as const;

async function getCurrentSummit(signal?: AbortSignal): Promise<CurrentSummit | null> {
  try {
    return await getJson<CurrentSummit>('/api/summits/current', signal);
  } catch (error) {
    if (hasStatus(error, 404)) {
      return null;
    }
    throw error;
  }
}

/**
 * The ceremony and its signatories; `data` is `null` while there is no summit, and so no
 * ceremony.
 */
export function usePairingTargets() {
  const summit = useQuery({
    queryKey: currentSummitKey,
    queryFn: ({ signal }) => getCurrentSummit(signal),
  });
  const roll = useQuery({
    queryKey: signingRollKey,
    queryFn: ({ signal }) => getJson<RollEntry[]>('/api/ceremony/signing-roll', signal),
    refetchInterval: 10_000,
    staleTime: 0,
  });
  const refetch = () => Promise.all([summit.refetch(), roll.refetch()]);
  const error = summit.error ?? roll.error;
  if (error) {
    return { isPending: false, isError: true, error, refetch } as const;
  }
  if (summit.isPending || roll.data === undefined) {
    return { isPending: true, isError: false, refetch } as const;
  }
  const entries = roll.data;
  const data: PairingTargets | null = summit.data
    ? {
        ceremonyId: summit.data.id,
        summitName: summit.data.name,
        signatories: entries.flatMap((entry) =>
          entry.signatoryId && entry.signatoryName
            ? [{ id: entry.signatoryId, name: entry.signatoryName, cityName: entry.cityName }]
            : [],
        ),
      }
    : null;
  return { isPending: false, isError: false, data, refetch } as const;
}

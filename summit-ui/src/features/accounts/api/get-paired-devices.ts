import { queryOptions, useQuery } from '@tanstack/react-query';

import { getJson } from '@/lib/api-client';
import type { DeviceKind } from '@/lib/device-credential';
import type { LocalizedText } from '@/types/api';

/** A device paired now, as `GET /api/devices` lists it (staff and organisers). */
export interface PairedDevice {
  id: string;
  kind: DeviceKind;
  ceremonyId: string;
  signatoryId: string | null;
  /** The name of the signatory a tablet serves, while they are on the signing roll. */
  signatoryName: LocalizedText | null;
  /** ISO 8601 instants. */
  pairedAt: string;
  expiresAt: string;
}

export const pairedDevicesPath = '/api/devices';

export const pairedDevicesQueryKey = ['accounts', 'paired-devices'] as const;

export function getPairedDevices(signal?: AbortSignal): Promise<PairedDevice[]> {
  return getJson<PairedDevice[]>(pairedDevicesPath, signal);
}

export const pairedDevicesQueryOptions = () =>
  queryOptions({
    queryKey: pairedDevicesQueryKey,
    queryFn: ({ signal }) => getPairedDevices(signal),
    // Devices pair themselves with the codes staff hand out: the list follows within seconds.
    refetchInterval: 5_000,
  });

export function usePairedDevices() {
  return useQuery(pairedDevicesQueryOptions());
}

import { useMutation } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { DeviceKind } from '@/lib/device-credential';

export interface PairingRequest {
  kind: DeviceKind;
  ceremonyId: string;
  /** Only for a signatory tablet: the signatory it serves. */
  signatoryId?: string;
}

/** What `POST /api/devices/pairings` answers (201). */
export interface CreatedPairing {
  /** The code to enter on the device, e.g. `ABCD-EFGH`. */
  code: string;
  /** ISO 8601 instant after which the code no longer works. */
  expiresAt: string;
}

/** Issues a one-time code with which a device pairs itself; ceremony staff only. */
export function createPairing(request: PairingRequest): Promise<CreatedPairing> {
  return sendJson<CreatedPairing>('POST', '/api/devices/pairings', request);
}

export function useCreatePairing() {
  return useMutation({ mutationFn: createPairing });
}

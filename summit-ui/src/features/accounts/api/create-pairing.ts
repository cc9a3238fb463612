import { useMutation } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** A device to pair; `signatoryId` only for a signatory tablet: the signatory it serves. */
export type PairingRequest = Schemas['DeviceController.PairingRequest'];

/**
 * What `POST /api/devices/pairings` answers (201): the code to enter on the device, e.g.
 * `ABCD-EFGH`, and the instant after which it no longer works.
 */
export type CreatedPairing = Schemas['DeviceController.PairingCode'];

/** Issues a one-time code with which a device pairs itself; ceremony staff only. */
export function createPairing(request: PairingRequest): Promise<CreatedPairing> {
  return sendJson<CreatedPairing>('POST', '/api/devices/pairings', request);
}

export function useCreatePairing() {
  return useMutation({ mutationFn: createPairing });
}

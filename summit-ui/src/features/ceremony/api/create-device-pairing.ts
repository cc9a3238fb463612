import { useMutation } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';
import type { Schemas } from '@/types/api';

/** A device to pair for a ceremony; `signatoryId` only for a tablet: the signatory it serves. */
export type DevicePairingRequest = Schemas['DeviceController.PairingRequest'];

/** The one-time code to enter on the device (e.g. `ABCD-EFGH`) and when it stops working. */
export type DevicePairingCode = Schemas['DeviceController.PairingCode'];

/** Issues a pairing code for a signatory's tablet or a big screen of the ceremony; staff. */
export function createDevicePairing(request: DevicePairingRequest): Promise<DevicePairingCode> {
  return sendJson<DevicePairingCode>('POST', '/api/devices/pairings', request);
}

export function useCreateDevicePairing() {
  return useMutation({ mutationFn: createDevicePairing });
}

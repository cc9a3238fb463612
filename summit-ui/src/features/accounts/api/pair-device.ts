import { useMutation } from '@tanstack/react-query';

import { ApiError, sendAnonymousJson } from '@/lib/api-client';
import {
  isDeviceCredential,
  storeDeviceCredential,
  type DeviceCredential,
} from '@/lib/device-credential';

const path = '/api/devices/pair';

/**
 * Redeems a pairing code for the device's credential. The device has no session, so the request
 * goes without cookie or CSRF token, even if someone is logged in on this browser.
 */
export async function pairDevice({ code }: { code: string }): Promise<DeviceCredential> {
  const answer = await sendAnonymousJson<unknown>('POST', path, { code });
  if (!isDeviceCredential(answer)) {
    throw new ApiError('unreadable', `POST ${path} answered with an unexpected body`, {
      status: 200,
    });
  }
  return answer;
}

export function usePairDevice() {
  return useMutation({ mutationFn: pairDevice, onSuccess: storeDeviceCredential });
}

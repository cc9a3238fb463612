import type { Narrowed, Schemas } from '@/types/api';

/** Where a paired device (signatory tablet, big screen) keeps the credential it was given. */
export const deviceStorageKey = 'summit.device';

export type DeviceKind = 'tablet' | 'screen';

/**
 * What `POST /api/devices/pair` answers: the device's bearer token and what it may show, by id and
 * by name (the ceremony; the signatory a tablet serves and their city, `null` for a big screen);
 * the instant the token stops working.
 */
export type DeviceCredential = Narrowed<
  Schemas['DeviceController.DeviceCredential'],
  { kind: DeviceKind }
>;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; the device then simply is not paired.
    return undefined;
  }
}

export function isDeviceCredential(value: unknown): value is DeviceCredential {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return (
    typeof v.token === 'string' &&
    v.token !== '' &&
    (v.kind === 'tablet' || v.kind === 'screen') &&
    typeof v.ceremonyId === 'string' &&
    (typeof v.signatoryId === 'string' || v.signatoryId === null) &&
    typeof v.expiresAt === 'string' &&
    [v.ceremonyName, v.signatoryName, v.cityName].every(isTextOrNone)
  );
}

/** A name in each language, or none (a ceremony that is gone; a credential stored before names came). */
function isTextOrNone(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))
  );
}

function isExpired(credential: DeviceCredential, now: number): boolean {
  const at = Date.parse(credential.expiresAt);
  return Number.isNaN(at) || at <= now;
}

/** The stored credential of this device, if there is one that has not expired. */
export function readDeviceCredential(now: number = Date.now()): DeviceCredential | null {
  let raw: string | null;
  try {
    raw = storage()?.getItem(deviceStorageKey) ?? null;
  } catch {
    return null;
  }
  if (raw === null) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return isDeviceCredential(parsed) && !isExpired(parsed, now) ? parsed : null;
  } catch {
    return null;
  }
}

export function storeDeviceCredential(credential: DeviceCredential): void {
  try {
    storage()?.setItem(deviceStorageKey, JSON.stringify(credential));
  } catch {
    // Without storage the pairing lasts only as long as the page.
  }
}

export function clearDeviceCredential(): void {
  try {
    storage()?.removeItem(deviceStorageKey);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/**
 * `{ Authorization: 'Bearer <token>' }` for a request made by this paired device, or `{}` when
 * it is not paired (or its pairing expired).
 */
export function deviceAuthHeader(now: number = Date.now()): Record<string, string> {
  const credential = readDeviceCredential(now);
  return credential ? { Authorization: `Bearer ${credential.token}` } : {};
}

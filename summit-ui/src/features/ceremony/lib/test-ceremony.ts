import { vi } from 'vitest';

import { FakeSocket } from '@/features/ceremony/lib/fake-socket';
import type {
  CeremonyDetails,
  CeremonySignatory,
  SealedRecord,
  StrokePoint,
} from '@/features/ceremony/types';
import { storeDeviceCredential, type DeviceKind } from '@/lib/device-credential';

// The 2016 Taipei Smart City Declaration's ceremony as the tablets and the big screen see it, for
// the ceremony's component tests: Taipei's mayor and Orlando's sign.

export const ceremonyId = '0b9f6f0e-3c1a-4d8e-9a57-6f1d2c3b4a59';

export const koSigns: CeremonySignatory = {
  signatoryId: '3b1d8a52-0000-4a5b-8c9d-00000000a001',
  position: 1,
  cityId: 'taipei',
  cityName: { 'zh-Hant': '臺北市', en: 'Taipei' },
  name: { 'zh-Hant': '柯文哲', en: 'Ko Wen-je' },
  title: { 'zh-Hant': '市長', en: 'Mayor' },
  status: 'waiting',
  tabletPaired: true,
  calledAt: null,
  confirmedAt: null,
  confirmedSeq: null,
};

export const dyerSigns: CeremonySignatory = {
  signatoryId: '3b1d8a52-0000-4a5b-8c9d-00000000b001',
  position: 2,
  cityId: 'orlando',
  cityName: { 'zh-Hant': '奧蘭多', en: 'Orlando' },
  name: { 'zh-Hant': '巴迪·戴爾', en: 'Buddy Dyer' },
  title: { 'zh-Hant': '市長', en: 'Mayor' },
  status: 'waiting',
  tabletPaired: true,
  calledAt: null,
  confirmedAt: null,
  confirmedSeq: null,
};

export const declaration2016 = {
  zhHant: {
    title: '臺北智慧城市宣言',
    preamble: '我們，與會城市的市長，',
    articles: ['推動開放資料。', '促進城市間的交流。'],
    place: '臺北',
  },
  en: {
    title: 'Taipei Smart City Declaration',
    preamble: 'We, the mayors of the cities present,',
    articles: ['Promote open data.', 'Foster exchange between cities.'],
    place: 'Taipei',
  },
  signedOn: '2016-03-24',
};

/** The ceremony in `state`, with each signatory changed by `signatories`. */
export function ceremonyDetails(
  state: CeremonyDetails['ceremony']['state'],
  ...changes: Partial<CeremonySignatory>[]
): CeremonyDetails {
  return {
    ceremony: {
      id: ceremonyId,
      name: { 'zh-Hant': '2016 智慧城市市長高峰會', en: "2016 Smart City Mayors' Summit" },
      state,
      signingMode: state === 'open' ? 'one-by-one' : null,
      declarationVersion: 3,
      textFingerprint: 'abc',
      version: 7,
      preparedAt: '2016-03-24T01:00:00Z',
      openedAt: state === 'open' ? '2016-03-24T02:00:00Z' : null,
      sealedAt: state === 'sealed' ? '2016-03-24T03:00:00Z' : null,
    },
    declaration: declaration2016,
    signatories: [koSigns, dyerSigns].map((signatory, i) => ({ ...signatory, ...changes[i] })),
  };
}

export const tabletToken = 'tablet-token-of-ko';
export const screenToken = 'screen-token';

/** Stores this device's pairing, as /pair does. */
export function pairAs(kind: DeviceKind): void {
  storeDeviceCredential({
    token: kind === 'tablet' ? tabletToken : screenToken,
    kind,
    ceremonyId,
    ceremonyName: { 'zh-Hant': '2016 智慧城市市長高峰會', en: "2016 Smart City Mayors' Summit" },
    signatoryId: kind === 'tablet' ? koSigns.signatoryId : null,
    signatoryName: kind === 'tablet' ? { 'zh-Hant': '柯文哲', en: 'Ko Wen-je' } : null,
    cityName: kind === 'tablet' ? { 'zh-Hant': '臺北市', en: 'Taipei' } : null,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
}

/** The `index`th socket opened (from 0). */
export function socketAt(sockets: readonly FakeSocket[], index: number): FakeSocket {
  const socket = sockets[index];
  if (!socket) {
    throw new Error(`socket ${index} was not opened`);
  }
  return socket;
}

/** Replaces the browser's WebSocket with fake ones the test drives; returns those opened. */
export function stubWebSockets(): FakeSocket[] {
  const sockets: FakeSocket[] = [];
  vi.stubGlobal(
    'WebSocket',
    class extends FakeSocket {
      constructor(url: string) {
        super(url);
        sockets.push(this);
      }
    },
  );
  return sockets;
}

/** A canvas context that counts what is filled, for the pages' canvases (jsdom has none). */
export function stubCanvas() {
  const fills = { count: 0 };
  const context = {
    setTransform: () => undefined,
    clearRect: () => undefined,
    beginPath: () => undefined,
    moveTo: () => undefined,
    quadraticCurveTo: () => undefined,
    closePath: () => undefined,
    fill: () => {
      fills.count += 1;
    },
    fillStyle: '',
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    (() => context) as unknown as HTMLCanvasElement['getContext'],
  );
  return fills;
}

export const strokePoints = (s: number, count: number, t0 = 1_458_784_800_000): StrokePoint[] =>
  Array.from({ length: count }, (_, i) => ({
    s,
    x: 0.1 + i * 0.05,
    y: 0.5,
    p: 0.5,
    t: t0 + i * 16,
  }));

/** The record sealed after Ko signed in three batches and Orlando was absent. */
export const sealedRecord: SealedRecord = {
  format: 'summit-sealed-declaration/1',
  ceremonyId,
  name: { 'zh-Hant': '2016 智慧城市市長高峰會', en: "2016 Smart City Mayors' Summit" },
  declaration: declaration2016,
  textFingerprint: 'abc',
  signatures: [
    {
      position: 1,
      signatoryId: koSigns.signatoryId,
      cityId: 'taipei',
      cityName: koSigns.cityName,
      name: koSigns.name,
      title: koSigns.title,
      status: 'confirmed',
      confirmedAt: '2016-03-24T02:10:00Z',
      batches: [0, 1, 2].map((i) => ({
        seq: i + 2,
        acceptedAt: new Date(Date.parse('2016-03-24T02:05:00Z') + i * 150).toISOString(),
        points: strokePoints(i, 3),
      })),
    },
    {
      position: 2,
      signatoryId: dyerSigns.signatoryId,
      cityId: 'orlando',
      cityName: dyerSigns.cityName,
      name: dyerSigns.name,
      title: dyerSigns.title,
      status: 'absent',
      confirmedAt: null,
      batches: [],
    },
  ],
  sealedAt: '2016-03-24T03:00:00Z',
  fingerprint: '9f2c4e7a0b1d3f5e7a9c1b3d5f7e9a0c2b4d6f8e0a1c3e5f7a9b1d3f5e7a9c1b',
};

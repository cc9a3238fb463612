import type { ExchangeBlock } from '@/features/exchanges/api/get-exchange-blocks';
import type { ExchangeCityChoice } from '@/features/exchanges/api/get-exchange-cities';
import type { ExchangeMember } from '@/features/exchanges/api/get-exchange-members';
import type { BlockTimes } from '@/features/exchanges/api/get-exchange-times';
import type { SchedulingRun } from '@/features/exchanges/api/get-latest-scheduling-run';
import type { Exchange } from '@/features/exchanges/api/get-my-exchanges';

import { taipei2016 } from '@/testing/responses';

// Exchanges among the 2016 summit's cities as the API returns them to Orlando's delegates.

export const askableCities: ExchangeCityChoice[] = [
  { id: 'eindhoven', name: { 'zh-Hant': '恩荷芬', en: 'Eindhoven' } },
  { id: 'taipei', name: { 'zh-Hant': '臺北', en: 'Taipei' } },
  { id: 'estonia', name: { 'zh-Hant': '愛沙尼亞', en: 'Estonia' } },
];

const dyer: ExchangeMember = {
  id: '3b1d8a52-0000-4a5b-8c9d-00000000b001',
  name: { 'zh-Hant': '巴迪·戴爾', en: 'Buddy Dyer' },
};

export const orlandoMembers: ExchangeMember[] = [
  dyer,
  { id: '3b1d8a52-0000-4a5b-8c9d-00000000b002', name: { 'zh-Hant': '克魯茲', en: 'Maria Cruz' } },
];

const blockId = '7a000000-0000-4000-8000-00000000e001';

export const exchangeTimes: BlockTimes[] = [
  {
    blockId,
    summitId: taipei2016.id,
    title: { 'zh-Hant': '城市交流', en: 'City exchanges' },
    place: { 'zh-Hant': '201 會議室', en: 'Room 201' },
    startsAt: '2016-03-23T14:00:00',
    endsAt: '2016-03-23T15:00:00',
    meetingMinutes: 30,
    slots: [
      { startsAt: '2016-03-23T14:00:00', endsAt: '2016-03-23T14:30:00' },
      { startsAt: '2016-03-23T14:30:00', endsAt: '2016-03-23T15:00:00' },
    ],
  },
];

export const exchangeBlocks: ExchangeBlock[] = [
  {
    id: blockId,
    summitId: taipei2016.id,
    title: { 'zh-Hant': '城市交流', en: 'City exchanges' },
    place: { 'zh-Hant': '201 會議室', en: 'Room 201' },
    startsAt: '2016-03-23T14:00:00',
    endsAt: '2016-03-23T15:00:00',
    meetingMinutes: 30,
    tables: [
      {
        id: '7a000000-0000-4000-8000-00000000f001',
        name: { 'zh-Hant': '第一桌', en: 'Table 1' },
        capacity: 6,
        interpretation: true,
      },
    ],
    slots: exchangeTimes[0]?.slots ?? [],
    version: 2,
  },
];

/** Eindhoven asks Orlando about innovation; Orlando has not answered yet. */
export const askedByEindhoven: Exchange = {
  id: '9e000000-0000-4000-8000-000000000001',
  status: 'requested',
  theme: 'INNOVATION',
  topic: { 'zh-Hant': '創新', en: 'Innovation' },
  title: { 'zh-Hant': '創新：恩荷芬、奧蘭多', en: 'Innovation: Eindhoven, Orlando' },
  note: { 'zh-Hant': '分享智慧照明經驗', en: 'Sharing what we learnt from smart lighting' },
  interpretation: false,
  requestingCityId: 'eindhoven',
  cities: [
    {
      cityId: 'eindhoven',
      cityName: { 'zh-Hant': '恩荷芬', en: 'Eindhoven' },
      requesting: true,
      answer: 'accepted',
      members: [
        {
          id: '3b1d8a52-0000-4a5b-8c9d-00000000c001',
          name: { 'zh-Hant': '范海賽爾', en: 'Rob van Gijzel' },
        },
      ],
      preferredTimes: [{ startsAt: '2016-03-23T14:00:00', endsAt: '2016-03-23T14:30:00' }],
      reason: null,
      answeredAt: '2016-03-01T08:00:00Z',
    },
    {
      cityId: 'orlando',
      cityName: { 'zh-Hant': '奧蘭多', en: 'Orlando' },
      requesting: false,
      answer: 'pending',
      members: [],
      preferredTimes: [],
      reason: null,
      answeredAt: null,
    },
  ],
  placement: null,
  outcomes: [],
  cancelledByCityId: null,
  cancelReason: null,
  requestedAt: '2016-03-01T08:00:00Z',
  version: 1,
};

/** The same exchange once Orlando accepted: agreed, not placed yet. */
export const agreedWithEindhoven: Exchange = {
  ...askedByEindhoven,
  status: 'agreed',
  cities: askedByEindhoven.cities.map((party) =>
    party.cityId === 'orlando' ? { ...party, answer: 'accepted', members: [dyer] } : party,
  ),
};

/** A scheduling run as `GET …/runs/latest` shows it. */
export function schedulingRun(patch: Partial<SchedulingRun>): SchedulingRun {
  return {
    id: '5c000000-0000-4000-8000-000000000001',
    summitId: taipei2016.id,
    state: 'RUNNING',
    startedAt: '2016-03-10T09:00:00Z',
    startedBy: 'organiser@summit.example',
    finishedAt: null,
    cancelRequested: false,
    timeLimitMillis: 30_000,
    elapsedMillis: 3_000,
    total: 3,
    placed: 1,
    hard: -2,
    medium: 0,
    soft: -40,
    scheduled: 0,
    rescheduled: 0,
    unscheduled: 0,
    unplaced: [],
    failure: null,
    ...patch,
  };
}

/** The agreed exchange placed by scheduling at table 1, pinned by hand. */
export const placedWithEindhoven: Exchange = {
  ...agreedWithEindhoven,
  placement: {
    summitId: taipei2016.id,
    blockId,
    tableId: '7a000000-0000-4000-8000-00000000f001',
    place: { 'zh-Hant': '201 會議室 第一桌', en: 'Room 201, table 1' },
    startsAt: '2016-03-23T14:30:00',
    endsAt: '2016-03-23T15:00:00',
    pinned: true,
  },
};

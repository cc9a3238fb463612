import type { City } from '@/features/cities/api/get-cities';
import type { CityDetail, Delegate } from '@/features/cities/api/get-city';

// Cities of the 2016 Smart City Mayors' Summit as the API returns them, in protocol order. Tel
// Aviv withdrew, yet the API keeps it in its place: the list must move it to the end.

const ko = {
  id: '3b1d8a52-0000-4a5b-8c9d-00000000a001',
  cityId: 'taipei',
  name: { 'zh-Hant': '柯文哲', en: 'Ko Wen-je' },
  title: { 'zh-Hant': '市長', en: 'Mayor' },
  languages: ['zh-Hant', 'en'],
  needsInterpretation: false,
  version: 2,
  email: 'mayor@taipei.example',
  phone: '+886 2 2720 8889',
  arrivesOn: null,
  departsOn: null,
  preferredLanguage: 'zh-Hant',
} satisfies Delegate;

export const dyer = {
  id: '3b1d8a52-0000-4a5b-8c9d-00000000b001',
  cityId: 'orlando',
  name: { 'zh-Hant': '巴迪·戴爾', en: 'Buddy Dyer' },
  title: { 'zh-Hant': '市長', en: 'Mayor' },
  languages: ['en'],
  needsInterpretation: true,
  version: 3,
  email: 'delegate@orlando.example',
  phone: '+1 407 246 2221',
  arrivesOn: '2016-03-21',
  departsOn: '2016-03-25',
  preferredLanguage: 'en',
} satisfies Delegate;

export const cruz = {
  id: '3b1d8a52-0000-4a5b-8c9d-00000000b002',
  cityId: 'orlando',
  name: { 'zh-Hant': '克魯茲', en: 'Maria Cruz' },
  title: { 'zh-Hant': '首席資訊長', en: 'Chief Information Officer' },
  languages: ['en', 'es'],
  needsInterpretation: true,
  version: 1,
  email: 'cio@orlando.example',
  phone: null,
  arrivesOn: '2016-03-22',
  departsOn: null,
  preferredLanguage: 'en',
} satisfies Delegate;

const city = (fields: Partial<City> & Pick<City, 'id' | 'name' | 'protocolPosition'>): City => ({
  kind: 'CITY',
  role: 'GUEST',
  country: 'US',
  timeZone: 'America/New_York',
  description: null,
  attending: true,
  withdrawnAt: null,
  headOfDelegationId: null,
  signatoryId: null,
  delegateCount: 0,
  version: 1,
  ...fields,
});

export const taipei = city({
  id: 'taipei',
  name: { 'zh-Hant': '臺北市', en: 'Taipei' },
  role: 'HOST',
  country: 'TW',
  timeZone: 'Asia/Taipei',
  protocolPosition: 1,
  headOfDelegationId: ko.id,
  signatoryId: ko.id,
  delegateCount: 1,
});

export const telAviv = city({
  id: 'tel-aviv',
  name: { 'zh-Hant': '特拉維夫', en: 'Tel Aviv' },
  country: 'IL',
  timeZone: 'Asia/Jerusalem',
  protocolPosition: 2,
  attending: false,
  withdrawnAt: '2016-03-01T08:00:00Z',
  delegateCount: 1,
});

export const orlando = city({
  id: 'orlando',
  name: { 'zh-Hant': '奧蘭多', en: 'Orlando' },
  description: {
    'zh-Hant': '美國佛羅里達州的智慧城市。',
    en: 'A smart city in Florida, United States.',
  },
  protocolPosition: 3,
  headOfDelegationId: dyer.id,
  delegateCount: 2,
  version: 4,
});

export const estonia = city({
  id: 'estonia',
  name: { 'zh-Hant': '愛沙尼亞', en: 'Estonia' },
  kind: 'COUNTRY',
  role: 'OBSERVER',
  country: 'EE',
  timeZone: 'Europe/Tallinn',
  protocolPosition: 4,
});

export const cities2016: City[] = [taipei, telAviv, orlando, estonia];

/** `GET /api/cities/taipei`, with private details (for an organiser). */
export const taipeiDetail: CityDetail = { ...taipei, delegates: [ko], privateDetails: true };

/** `GET /api/cities/orlando` as an organiser or an Orlando delegate sees it. */
export const orlandoDetail: CityDetail = {
  ...orlando,
  delegates: [dyer, cruz],
  privateDetails: true,
};

/** `GET /api/cities/orlando` as anybody else sees it: no private details. */
export const orlandoPublic: CityDetail = {
  ...orlandoDetail,
  delegates: orlandoDetail.delegates.map((delegate) => ({
    ...delegate,
    email: null,
    phone: null,
    arrivesOn: null,
    departsOn: null,
    preferredLanguage: null,
  })),
  privateDetails: false,
};

import type {
  CeremonyConsole,
  ConsoleSignatory,
} from '@/features/ceremony/api/get-ceremony-console';
import type {
  CeremonyDetails,
  CeremonySignatory,
  CeremonyState,
  Declaration,
  SigningMode,
} from '@/features/ceremony/api/get-current-ceremony';
import type { Verification } from '@/features/ceremony/api/get-verification';
import { orlandoDesignated, taipeiSigns } from '@/testing/ceremony';

// The signing ceremony of the 2016 summit as the ceremony API returns it at each of its steps:
// Taipei's and Orlando's mayors sign; the declaration is shortened to two articles a language.

export const ceremonyId = '7d1c2a0e-2016-4a5b-8c9d-000000000001';

export const textFingerprint = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const sealFingerprint = 'f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f';

export const declaration2016: Declaration = {
  zhHant: {
    title: '臺北智慧城市宣言',
    preamble: '我們，參與 2016 智慧城市市長高峰會的城市，',
    articles: ['推動開放資料。', '促進城市間交流。'],
    place: '臺北',
  },
  en: {
    title: 'Taipei Smart City Declaration',
    preamble: "We, the cities of the 2016 Smart City Mayors' Summit,",
    articles: ['Promote open data.', 'Foster exchange between cities.'],
    place: 'Taipei',
  },
  signedOn: '2016-03-24',
};

const name = { 'zh-Hant': '2016 智慧城市市長高峰會', en: "2016 Smart City Mayors' Summit" };

/** A signatory and how their tablet is linked now, as the console shows them. */
export type SignatoryAt = CeremonySignatory & Pick<ConsoleSignatory, 'tablet' | 'signing'>;

/** Ko Wen-je signs for Taipei, first. */
export const ko: SignatoryAt = {
  signatoryId: taipeiSigns.signatoryId,
  position: 1,
  cityId: taipeiSigns.cityId,
  cityName: taipeiSigns.cityName,
  name: taipeiSigns.signatoryName,
  title: taipeiSigns.signatoryTitle,
  status: 'waiting',
  tabletPaired: false,
  calledAt: null,
  confirmedAt: null,
  confirmedSeq: null,
  tablet: 'none',
  signing: false,
};

/** Buddy Dyer signs for Orlando, second. */
export const dyer: SignatoryAt = {
  ...ko,
  signatoryId: orlandoDesignated.signatoryId,
  position: 2,
  cityId: orlandoDesignated.cityId,
  cityName: orlandoDesignated.cityName,
  name: orlandoDesignated.signatoryName,
  title: orlandoDesignated.signatoryTitle,
};

interface At {
  state: CeremonyState;
  signingMode?: SigningMode | null;
  signatories?: SignatoryAt[];
  screens?: { paired: number; connected: number };
  version?: number;
  declarationVersion?: number;
}

function summaryAt({ state, signingMode = null, version = 3, declarationVersion = 2 }: At) {
  return {
    id: ceremonyId,
    name,
    state,
    signingMode,
    declarationVersion,
    textFingerprint: state === 'draft' ? null : textFingerprint,
    version,
    preparedAt: state === 'draft' ? null : '2016-03-24T01:00:00Z',
    openedAt: state === 'draft' || state === 'ready' ? null : '2016-03-24T02:00:00Z',
    sealedAt: state === 'sealed' ? '2016-03-24T07:30:00Z' : null,
  };
}

/** The signatory alone, as the ceremony lists them (a tablet paired now was paired once). */
function signatoryOf(row: SignatoryAt): CeremonySignatory {
  const signatory: Partial<SignatoryAt> = {
    ...row,
    tabletPaired: row.tabletPaired || row.tablet !== 'none',
  };
  delete signatory.tablet;
  delete signatory.signing;
  return signatory as CeremonySignatory;
}

/** `GET /api/ceremonies/current` at a step of the ceremony. */
export function detailsAt(at: At): CeremonyDetails {
  return {
    ceremony: summaryAt(at),
    declaration: declaration2016,
    signatories: (at.signatories ?? [ko, dyer]).map(signatoryOf),
  };
}

/** `GET /api/ceremonies/{id}/console` at a step of the ceremony. */
export function consoleAt(at: At): CeremonyConsole {
  return {
    ceremony: summaryAt(at),
    signatories: (at.signatories ?? [ko, dyer]).map((row) => ({
      signatory: signatoryOf(row),
      tablet: row.tablet,
      signing: row.signing,
      lastStrokeAt: row.signing ? '2016-03-24T02:10:00Z' : null,
      acceptedBatches: row.signing ? 12 : 0,
    })),
    screens: at.screens ?? { paired: 0, connected: 0 },
  };
}

/** `GET /api/ceremonies/{id}/verification` of the sealed ceremony, unchanged since. */
export const validVerification: Verification = {
  valid: true,
  ceremonyId,
  name,
  fingerprint: sealFingerprint,
  sealedAt: '2016-03-24T07:30:00Z',
  recordIntact: true,
  matchesSeal: true,
  fileMatches: null,
};

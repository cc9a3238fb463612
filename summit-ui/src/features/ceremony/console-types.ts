import type { LocalizedText } from '@/types/api';

// Interim: the shapes of the ceremony API as the lead's contract (HELPERS.md) describes them, until
// the API lands and `npm run api:types` generates them; then these become `Schemas[...]` aliases.

/** Where a ceremony is: drafted, ready (text locked, signatories fixed), open for signing, sealed. */
export type CeremonyState = 'draft' | 'ready' | 'open' | 'sealed';

/** How signing was opened: for every signatory at once, or one by one as staff call them. */
export type SigningMode = 'everyone' | 'one-by-one';

/** Where one signatory is: waiting to be called, called, confirmed (final) or marked absent. */
export type SignatoryStatus = 'waiting' | 'called' | 'confirmed' | 'absent';

/** The ceremony itself; instants are ISO 8601. */
export interface CeremonySummary {
  id: string;
  name: LocalizedText;
  state: CeremonyState;
  signingMode: SigningMode | null;
  declarationVersion: number;
  /** The fingerprint of the locked text, once the ceremony is ready. */
  textFingerprint: string | null;
  /** The ceremony's version, sent back when the declaration is edited. */
  version: number;
  preparedAt: string | null;
  openedAt: string | null;
  sealedAt: string | null;
}

/** One language version of the declaration, as authored. */
export interface DeclarationText {
  title: string;
  preamble: string;
  articles: string[];
  place: string;
}

/** Both language versions and the date of signing (ISO date). */
export interface Declaration {
  zhHant: DeclarationText;
  en: DeclarationText;
  signedOn: string;
}

/** One signatory of the ceremony, in signing order. */
export interface CeremonySignatory {
  signatoryId: string;
  position: number;
  cityId: string;
  cityName: LocalizedText;
  name: LocalizedText;
  title: LocalizedText | null;
  status: SignatoryStatus;
  tabletPaired: boolean;
  calledAt: string | null;
  confirmedAt: string | null;
}

/** `GET /api/ceremonies/current` and `GET /api/ceremonies/{id}`. */
export interface CeremonyDetails {
  ceremony: CeremonySummary;
  declaration: Declaration;
  signatories: CeremonySignatory[];
}

/** How a signatory's tablet is linked to the ceremony now. */
export type TabletConnection = 'none' | 'paired' | 'connected';

/** A signatory as the console follows them live. */
export interface ConsoleSignatory {
  signatory: CeremonySignatory;
  tablet: TabletConnection;
  /** Whether strokes arrived from their tablet in the last few seconds. */
  signing: boolean;
  lastStrokeAt: string | null;
  acceptedBatches: number;
}

/** `GET /api/ceremonies/{id}/console`. */
export interface CeremonyConsole {
  ceremony: CeremonySummary;
  signatories: ConsoleSignatory[];
  screens: { paired: number; connected: number };
}

/** What `POST /api/ceremonies/{id}/seal` answers. */
export interface SealResult {
  fingerprint: string;
  sealedAt: string;
  verificationUrl: string;
  pdfUrl: string;
}

/**
 * What the verification recomputed: `valid` only if the stored record is intact, it matches the
 * seal and, for an uploaded file, the file matches the record (`fileMatches` null when no file).
 */
export interface Verification {
  valid: boolean;
  ceremonyId: string | null;
  name: LocalizedText | null;
  fingerprint: string | null;
  sealedAt: string | null;
  recordIntact: boolean;
  matchesSeal: boolean;
  fileMatches: boolean | null;
}

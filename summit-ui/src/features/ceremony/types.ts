import type { LocalizedText } from '@/types/api';

// Interim shapes of the ceremony API (issue #12) as the lead's contract describes them, until the
// generated `Schemas[...]` of CeremonyController land on main; then these give way to those.

/** One point of a signature: stroke index, position in a 5:2 block (0..1), pressure (0..1), epoch ms. */
export interface StrokePoint {
  s: number;
  x: number;
  y: number;
  p: number;
  t: number;
}

export type CeremonyState = 'draft' | 'ready' | 'open' | 'sealed';
export type SignatoryStatus = 'waiting' | 'called' | 'confirmed' | 'absent';

/** One language version of the declaration, as authored. */
export interface DeclarationText {
  title: string;
  preamble: string;
  articles: string[];
  place: string;
}

export interface Declaration {
  zhHant: DeclarationText | null;
  en: DeclarationText | null;
  signedOn: string | null;
}

export interface CeremonySummary {
  id: string;
  name: LocalizedText;
  state: CeremonyState;
  signingMode: 'everyone' | 'one-by-one' | null;
  declarationVersion: number;
  textFingerprint: string | null;
  version: number;
  preparedAt: string | null;
  openedAt: string | null;
  sealedAt: string | null;
}

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

/** `GET /api/ceremonies/{id}`. */
export interface CeremonyDetails {
  ceremony: CeremonySummary;
  declaration: Declaration;
  signatories: CeremonySignatory[];
}

/** One batch of a signature as the server accepted it. */
export interface SignedBatch {
  seq: number;
  acceptedAt: string;
  points: StrokePoint[];
}

export interface SignatureRecord {
  position: number;
  signatoryId: string;
  cityId: string;
  cityName: LocalizedText;
  name: LocalizedText;
  title: LocalizedText | null;
  status: 'confirmed' | 'absent';
  confirmedAt: string | null;
  batches: SignedBatch[];
}

/** `GET /api/ceremonies/{id}/record`: everything the seal fixes. */
export interface SealedRecord {
  format: string;
  ceremonyId: string;
  name: LocalizedText;
  declaration: Declaration;
  textFingerprint: string;
  signatures: SignatureRecord[];
  sealedAt: string;
  fingerprint: string;
}

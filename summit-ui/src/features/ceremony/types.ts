import type { Narrowed, Schemas } from '@/types/api';

// The ceremony API's shapes, from the generated schemas, with the fields the document leaves open
// (enum-like codes it marks optional) narrowed to what the UI relies on.

/** One point of a signature: stroke index, position in a 5:2 block (0..1), pressure (0..1), epoch ms. */
export type StrokePoint = Schemas['StrokePoint'];

export type CeremonyState = NonNullable<Schemas['Ceremony']['state']>;
export type SignatoryStatus = NonNullable<Schemas['CeremonySignatory']['status']>;

/** One language version of the declaration, as authored. */
export type DeclarationText = Schemas['DeclarationText_1'];
export type Declaration = Schemas['Declaration_1'];

export type CeremonySummary = Narrowed<Schemas['Ceremony'], { state: CeremonyState }>;
export type CeremonySignatory = Narrowed<Schemas['CeremonySignatory'], { status: SignatoryStatus }>;

/** `GET /api/ceremonies/{id}`: the ceremony, its declaration and its signatories in signing order. */
export type CeremonyDetails = Narrowed<
  Schemas['CeremonyDetails'],
  { ceremony: CeremonySummary; signatories: CeremonySignatory[] }
>;

/** One batch of a signature as the server accepted it. */
export type SignedBatch = Schemas['SealedRecord.SignedBatch'];

export type SignatureRecord = Narrowed<
  Schemas['SealedRecord.SignatureRecord'],
  { status: 'confirmed' | 'absent' }
>;

/** `GET /api/ceremonies/{id}/record`: everything the seal fixes. */
export type SealedRecord = Narrowed<Schemas['SealedRecord'], { signatures: SignatureRecord[] }>;

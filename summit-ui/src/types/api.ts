import type { components } from '@/types/api.gen';

/**
 * The API's schemas, generated from the OpenAPI document summit-api's build writes (`api.gen.ts`,
 * regenerated with `npm run api:types`; the build fails while it is stale). Every answer and
 * request the UI's fetchers type comes from here, so a change of the API shows up in `tsc`.
 */
export type Schemas = components['schemas'];

/**
 * A schema with some of its fields narrowed to what the UI knows of them (the document types an
 * enum-like code as a string). Each narrowed field must exist in the schema with a type it allows:
 * a field renamed or retyped on the server fails the type check here.
 */
export type Narrowed<S, N extends { [K in keyof N]: K extends keyof S ? S[K] : never }> = Omit<
  S,
  keyof N
> &
  N;

/** A text the server holds in each language Summit supports, keyed by BCP 47 tag. */
export interface LocalizedText {
  'zh-Hant'?: string;
  en?: string;
}

/**
 * What the server found wrong with one field of a request (`errors[]` of a problem). The document
 * cannot say what `args` holds (a map of any values), so it is read as unknown values.
 */
export type FieldError = Omit<Schemas['FieldError'], 'args' | 'line'> & {
  /** The values the code's message needs, e.g. `{ "value": "Mars/Base" }`. */
  args?: Record<string, unknown>;
  /** For an uploaded file (e.g. a CSV import): the line of the file at fault, from 1. */
  line?: number | null;
};

/**
 * An RFC 9457 problem, the body of every `application/problem+json` error answer. Read from any
 * error answer, so every member may be missing (a proxy's error page is not Summit's problem).
 */
export type ProblemDetails = Partial<Omit<Schemas['Problem'], 'args' | 'errors'>> & {
  args?: Record<string, unknown>;
  instance?: string;
  /** Present on validation failures (400): one entry per field the server refused. */
  errors?: FieldError[];
};

/** What an account may do in Summit; the server checks it on every request. */
export type AccountRole = 'organiser' | 'delegate' | 'staff';

/** A person who can log in to Summit; `cityId` names a delegate's city. */
export type Account = Narrowed<Schemas['Account'], { role: AccountRole }>;

/** The logged-in account, as `GET /api/session` and every login answer return it. */
export type Session = Narrowed<Schemas['Session'], { account: Account }>;

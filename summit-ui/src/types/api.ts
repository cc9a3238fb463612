/** A text the server holds in each language Summit supports, keyed by BCP 47 tag. */
export interface LocalizedText {
  'zh-Hant'?: string;
  en?: string;
}

/** What the server found wrong with one field of a request. */
export interface FieldError {
  field: string;
  /** The rule broken, e.g. `time-zone.unknown`; the UI's `problems` catalogue has its text. */
  code: string;
  /** The values the code's message needs, e.g. `{ "value": "Mars/Base" }`. */
  args?: Record<string, unknown>;
  /** The English message, for API users. */
  message: string;
  /** For an uploaded file (e.g. a CSV import): the line of the file at fault, from 1. */
  line?: number | null;
}

/** An RFC 9457 problem, the body of every `application/problem+json` error answer. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** What went wrong, e.g. `city.signatory.already-designated`; the UI translates it. */
  code?: string;
  args?: Record<string, unknown>;
  instance?: string;
  /** Present on validation failures (400): one entry per field the server refused. */
  errors?: FieldError[];
}

/** What an account may do in Summit; the server checks it on every request. */
export type AccountRole = 'organiser' | 'delegate' | 'staff';

/** A person who can log in to Summit. */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: AccountRole;
  /** The city a delegate represents, e.g. `orlando`; `null` for organisers and staff. */
  cityId: string | null;
}

/** The logged-in account, as `GET /api/session` and every login answer return it. */
export interface Session {
  account: Account;
  /** Sent back as `X-CSRF-Token` on every state-changing request. */
  csrfToken: string;
}

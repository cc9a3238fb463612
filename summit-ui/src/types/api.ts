/** A text the server holds in each language Summit supports, keyed by BCP 47 tag. */
export interface LocalizedText {
  'zh-Hant'?: string;
  en?: string;
}

/** An RFC 9457 problem, the body of every `application/problem+json` error answer. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
}

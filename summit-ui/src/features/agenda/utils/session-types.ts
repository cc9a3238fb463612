/** The kinds of session the programme knows; each has its name in both languages. */
const sessionTypes = [
  'KEYNOTE',
  'PANEL',
  'FORUM',
  'CITY_SHARING',
  'EXCHANGE_BLOCK',
  'CEREMONY',
  'BREAK',
] as const;
export type SessionType = (typeof sessionTypes)[number];

export function isSessionType(value: string): value is SessionType {
  return (sessionTypes as readonly string[]).includes(value);
}

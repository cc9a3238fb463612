import type { AgendaPerson } from '@/features/agenda/api/get-people';
import { localize, type Language } from '@/lib/i18n';

/** The kinds of session the server takes, in the order the form offers them. */
export const sessionTypes = [
  'KEYNOTE',
  'PANEL',
  'FORUM',
  'CITY_SHARING',
  'EXCHANGE_BLOCK',
  'CEREMONY',
  'BREAK',
] as const;

/** A delegate as the pickers show them: their name in the reader's language, and their city's code. */
export function personLabel(person: AgendaPerson, language: Language): string {
  // The agenda keeps no city names of its own (it never reads the cities context), only the code.
  return `${localize(person.name, language)} (${person.cityId})`;
}

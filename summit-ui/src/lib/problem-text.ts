import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { useLanguage, localize, type Language } from '@/lib/i18n';
import type { LocalizedText } from '@/types/api';

/** What the server said went wrong: a stable code and the values its message needs. */
export interface CodedProblem {
  code: string;
  args?: Record<string, unknown> | undefined;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ('zh-Hant' in value || 'en' in value)
  );
}

/** The args as the message shows them: a name the server holds in both languages, in the reader's. */
function readableArgs(
  args: Record<string, unknown> | undefined,
  language: Language,
): Record<string, unknown> {
  const readable: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args ?? {})) {
    readable[name] = isLocalizedText(value) ? localize(value, language) : value;
  }
  return readable;
}

/**
 * The message for a problem code in the reader's language, from the `problems` catalogue (a test
 * holds it to every code the server can send). A code this build does not know yet gets the
 * server's English `fallback`, rather than nothing.
 */
export function problemText(
  problem: CodedProblem,
  language: Language,
  t: TFunction,
  fallback?: string,
): string {
  // Codes arrive at run time, so they cannot be checked against the catalogue's typed keys here;
  // the catalogue test checks them against the server's list instead.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  const options = { ns: 'problems', keySeparator: false, defaultValue: '' };
  const args = readableArgs(problem.args, language);
  const plural = typeof args.count === 'number';
  if (translate(problem.code, plural ? { ...options, count: args.count } : options) === '') {
    return fallback ?? problem.code;
  }
  return translate(problem.code, { ...options, ...args });
}

/** {@link problemText} in the interface's current language. */
export function useProblemText(): (problem: CodedProblem, fallback?: string) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (problem, fallback) => problemText(problem, language, t, fallback);
}

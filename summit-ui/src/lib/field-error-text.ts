import { useTranslation } from 'react-i18next';

import { useLanguage, type Language } from '@/lib/i18n';
import type en from '@/locales/en.json';
import type { FieldError } from '@/types/api';

type Sentence = keyof (typeof en)['serverErrors'];

/**
 * The sentence (under `serverErrors.*` in the locale files) that explains a refused field, by the
 * field's name in a JSON request or the column's name in a CSV import. `""` is the file itself
 * (wrong number of fields, not UTF-8, bad header).
 */
const sentenceByField: Readonly<Partial<Record<string, Sentence>>> = {
  email: 'email',
  departsOn: 'departsOn',
  departs_on: 'departsOn',
  arrivesOn: 'arrivesOn',
  arrives_on: 'arrivesOn',
  languages: 'languages',
  phone: 'phone',
  preferredLanguage: 'preferredLanguage',
  preferred_language: 'preferredLanguage',
  country: 'country',
  timeZone: 'timeZone',
  time_zone: 'timeZone',
  id: 'cityCode',
  city: 'cityCode',
  kind: 'kind',
  city_kind: 'kind',
  role: 'role',
  city_role: 'role',
  'name.zh-Hant': 'requiredText',
  'name.en': 'requiredText',
  'title.zh-Hant': 'requiredText',
  'title.en': 'requiredText',
  name_zh_hant: 'requiredText',
  name_en: 'requiredText',
  title_zh_hant: 'requiredText',
  title_en: 'requiredText',
  city_name_zh_hant: 'requiredText',
  city_name_en: 'requiredText',
  signatory: 'signatory',
  head_of_delegation: 'headOfDelegation',
  needs_interpretation: 'needsInterpretation',
  version: 'version',
  '': 'file',
};

/** What to show for a refused field: a sentence, and the server's own words if they differ. */
export interface FieldErrorText {
  text: string;
  /** The server's message (always English), shown after `text` as the specifics; else `null`. */
  original: string | null;
}

type Translate = (key: `serverErrors.${Sentence}`) => string;

/**
 * The text to show for a field the server refused. The server explains in English only: in
 * English its message is shown as it is; in Chinese a sentence chosen by the field (or CSV
 * column) comes first, with the server's message after it for the specifics. A field without a
 * sentence keeps the server's message alone.
 */
export function fieldErrorText(
  error: Pick<FieldError, 'field' | 'message'>,
  language: Language,
  t: Translate,
): FieldErrorText {
  const sentence = Object.hasOwn(sentenceByField, error.field)
    ? sentenceByField[error.field]
    : undefined;
  if (language === 'en' || sentence === undefined) {
    return { text: error.message, original: null };
  }
  return { text: t(`serverErrors.${sentence}`), original: error.message };
}

/** The same as one line of plain text, e.g. `電子郵件地址有誤……。（'x' is not an e-mail address）`. */
export function fieldErrorLine({ text, original }: FieldErrorText): string {
  return original ? `${text}（${original}）` : text;
}

/** {@link fieldErrorText} in the interface's current language. */
export function useFieldErrorText(): (
  error: Pick<FieldError, 'field' | 'message'>,
) => FieldErrorText {
  const { t } = useTranslation();
  const language = useLanguage();
  return (error) => fieldErrorText(error, language, t);
}

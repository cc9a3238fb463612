import type { ReactNode } from 'react';

import { ServerErrorText } from '@/components/errors/server-error-text';
import { fieldErrors, hasStatus } from '@/lib/api-client';
import { useFieldErrorText } from '@/lib/field-error-text';

export interface ServerErrors {
  /** Whether the server refused any field (a 400 answer with a per-field list). */
  any: boolean;
  /** What to show next to an input: the first of `fields` the server refused, explained. */
  field: (...fields: string[]) => ReactNode;
  /** Every refused field explained, for the form's error summary. */
  summary: ReactNode[];
}

/**
 * The fields the server refused in `error` (its 400 answer), each explained in the interface's
 * language: see {@link useFieldErrorText}.
 */
export function useServerErrors(error: unknown): ServerErrors {
  const explain = useFieldErrorText();
  const refused = hasStatus(error, 400) ? fieldErrors(error) : {};
  const show = (field: string, message: string | undefined) =>
    message ? <ServerErrorText error={explain({ field, message })} /> : undefined;
  const entries = Object.entries(refused);
  return {
    any: entries.length > 0,
    field: (...fields) => {
      const found = fields.find((name) => refused[name]);
      return found === undefined ? undefined : show(found, refused[found]);
    },
    summary: entries.map(([field, message]) => show(field, message)),
  };
}

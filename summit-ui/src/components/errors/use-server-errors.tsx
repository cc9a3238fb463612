import { ApiError } from '@/lib/api-client';
import { useProblemText } from '@/lib/problem-text';

export interface ServerErrors {
  /** Whether the server refused any field (a problem with a per-field list). */
  any: boolean;
  /** What to show next to an input: the first of `fields` the server refused, in the reader's language. */
  field: (...fields: string[]) => string | undefined;
  /** Every refused field explained, for the form's error summary. */
  summary: string[];
}

/**
 * The fields the server refused in `error`, each explained from its code in the interface's
 * language (the first problem of each field).
 */
export function useServerErrors(error: unknown): ServerErrors {
  const explain = useProblemText();
  const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const byField = new Map<string, string>();
  for (const refused of errors) {
    if (!byField.has(refused.field)) {
      byField.set(refused.field, explain(refused, refused.message));
    }
  }
  return {
    any: byField.size > 0,
    field: (...fields) => {
      const found = fields.find((name) => byField.has(name));
      return found === undefined ? undefined : byField.get(found);
    },
    summary: [...byField.values()],
  };
}

import type { ReactNode, TextareaHTMLAttributes } from 'react';

import { Field } from '@/components/ui/field';

interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'className'
> {
  label: string;
  /** Shown under the field, and tied to it for screen readers. */
  hint?: string | undefined;
  /** What is wrong with the value; marks the field invalid. */
  error?: ReactNode;
}

/** A labelled text area for a few lines, with an optional hint and error message. */
export function TextAreaField({ label, hint, error, rows = 3, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea {...textarea} {...control} rows={rows} className="field__input" />}
    </Field>
  );
}

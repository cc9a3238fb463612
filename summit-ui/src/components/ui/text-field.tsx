import type { InputHTMLAttributes, ReactNode } from 'react';

import { Field } from '@/components/ui/field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  label: string;
  /** Shown under the field, and tied to it for screen readers. */
  hint?: string | undefined;
  /** What is wrong with the value; marks the field invalid. */
  error?: ReactNode;
}

/** A labelled input with an optional hint and error message, both announced with the field. */
export function TextField({ label, hint, error, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...input} {...control} className="field__input" />}
    </Field>
  );
}

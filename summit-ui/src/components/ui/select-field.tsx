import { type SelectHTMLAttributes, type ReactNode } from 'react';

import { Field } from '@/components/ui/field';

interface SelectFieldProps<T extends string> extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'className' | 'onChange' | 'value'
> {
  label: string;
  value: T;
  /** The choices, each with the text to show for it. */
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string | undefined;
  error?: ReactNode;
}

/** A labelled drop-down list of fixed choices, with an optional hint and error message. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  error,
  ...select
}: SelectFieldProps<T>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...select}
          {...control}
          className="field__input"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) {
              onChange(chosen.value);
            }
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

import { useId, type SelectHTMLAttributes, type ReactNode } from 'react';

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
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        {...select}
        id={id}
        className="field__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
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
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

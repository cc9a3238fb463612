import { useDeferredValue, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Choice } from '@/lib/choices';

interface MultiPickerFieldProps {
  label: string;
  /** The chosen values, in the order they were chosen. */
  values: readonly string[];
  choices: readonly Choice[];
  onChange: (values: string[]) => void;
  hint?: string | undefined;
  error?: ReactNode;
  'data-testid'?: string;
}

function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * Several choices out of a long list (a delegate's languages), by name in the reader's language:
 * the chosen ones first, then those the search box finds, each a checkbox.
 */
export function MultiPickerField({
  label,
  values,
  choices,
  onChange,
  hint,
  error,
  'data-testid': testId,
}: MultiPickerFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const words = searchable(useDeferredValue(query)).split(/\s+/).filter(Boolean);
  const chosen = values.map(
    (value) => choices.find((choice) => choice.value === value) ?? { value, label: value },
  );
  const found =
    words.length === 0
      ? []
      : choices.filter(
          (choice) =>
            !values.includes(choice.value) &&
            words.every((word) =>
              searchable(`${choice.label} ${choice.value} ${choice.keywords ?? ''}`).includes(word),
            ),
        );
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');

  const checkbox = (choice: Choice, checked: boolean) => (
    <li key={choice.value}>
      <label className="picker__option">
        <input
          type="checkbox"
          checked={checked}
          onChange={() => {
            onChange(
              checked
                ? values.filter((value) => value !== choice.value)
                : [...values, choice.value],
            );
          }}
        />
        {choice.label}
      </label>
    </li>
  );

  return (
    <fieldset
      className="field picker"
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      {...(testId ? { 'data-testid': testId } : {})}
    >
      <legend className="field__label">{label}</legend>
      {chosen.length > 0 && (
        <ul className="picker__options" aria-label={t('picker.chosen')}>
          {chosen.map((choice) => checkbox(choice, true))}
        </ul>
      )}
      <input
        type="search"
        className="field__input picker__search"
        aria-label={t('picker.search', { label })}
        placeholder={t('picker.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
        {...(testId ? { 'data-testid': `${testId}-search` } : {})}
      />
      {found.length > 0 && (
        <ul className="picker__options picker__options--found" aria-label={t('picker.found')}>
          {found.slice(0, 50).map((choice) => checkbox(choice, false))}
        </ul>
      )}
      {words.length > 0 && found.length === 0 && (
        <p className="field__hint" role="status">
          {t('picker.noMatch')}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

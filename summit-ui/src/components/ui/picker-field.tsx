import { useDeferredValue, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '@/components/ui/field';
import type { Choice } from '@/lib/choices';

interface PickerFieldProps {
  label: string;
  /** The chosen value, or `''` while none is. */
  value: string;
  /** Every choice, with the name to show for it; the search also finds a choice by its keywords. */
  choices: readonly Choice[];
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: ReactNode;
  required?: boolean;
  'data-testid'?: string;
}

/** Lower case without accents, so `sao` finds São Tomé and `ZURICH` finds Zürich. */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * A long list of choices (countries, time zones, languages) shown by name in the reader's language,
 * with a search box above it that narrows the list by name or code. The value stays a code; the
 * person never has to know it.
 */
export function PickerField({
  label,
  value,
  choices,
  onChange,
  hint,
  error,
  required,
  'data-testid': testId,
}: PickerFieldProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const words = searchable(deferredQuery).split(/\s+/).filter(Boolean);
  const shown = choices.filter(
    (choice) =>
      choice.value === value ||
      words.every((word) =>
        searchable(`${choice.label} ${choice.value} ${choice.keywords ?? ''}`).includes(word),
      ),
  );
  const known = choices.some((choice) => choice.value === value);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className="picker">
          <input
            id={searchId}
            type="search"
            className="field__input picker__search"
            aria-label={t('picker.search', { label })}
            placeholder={t('picker.searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              const first = choices.find((choice) =>
                searchable(`${choice.label} ${choice.value} ${choice.keywords ?? ''}`).includes(
                  searchable(event.target.value.trim()),
                ),
              );
              // Typing picks the first match, as a list box does; the list below shows the others.
              if (event.target.value.trim() !== '' && first) {
                onChange(first.value);
              }
            }}
            {...(testId ? { 'data-testid': `${testId}-search` } : {})}
          />
          <select
            {...control}
            className="field__input picker__list"
            required={required}
            value={value}
            onChange={(event) => {
              onChange(event.target.value);
            }}
            {...(testId ? { 'data-testid': testId } : {})}
          >
            {(value === '' || !known) && (
              <option value={value} disabled={value === ''}>
                {value === '' ? t('picker.none') : value}
              </option>
            )}
            {shown.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          {words.length > 0 && shown.length === 0 && (
            <p className="field__hint" role="status">
              {t('picker.noMatch')}
            </p>
          )}
        </div>
      )}
    </Field>
  );
}

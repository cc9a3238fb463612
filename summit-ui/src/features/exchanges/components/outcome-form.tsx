import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { TextAreaField } from '@/components/ui/text-area-field';

import type { ExchangeOutcome } from '@/features/exchanges/api/get-my-exchanges';
import { useRecordOutcome } from '@/features/exchanges/api/record-outcome';

interface Row {
  key: number;
  action: string;
  owner: string;
  due: string;
}

let nextKey = 0;
const row = (action = '', owner = '', due = ''): Row => ({ key: nextKey++, action, owner, due });

interface OutcomeFormProps {
  exchangeId: string;
  /** My city's outcome recorded before, to revise. */
  recorded: ExchangeOutcome | undefined;
}

/** My city's outcome of an exchange after the meeting: a summary, follow-up actions and whether an MoU is intended. */
export function OutcomeForm({ exchangeId, recorded }: OutcomeFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState(recorded?.summary ?? '');
  const [rows, setRows] = useState<Row[]>(() =>
    (recorded?.actions ?? []).map((action) => row(action.action, action.owner, action.due ?? '')),
  );
  const [mou, setMou] = useState(recorded?.mouIntended ?? false);
  const record = useRecordOutcome();

  if (!open) {
    return (
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => {
          setOpen(true);
        }}
        data-testid={`exchange-outcome-open-${exchangeId}`}
      >
        {recorded ? t('exchanges.outcome.edit') : t('exchanges.outcome.record')}
      </button>
    );
  }
  const change = (key: number, field: 'action' | 'owner' | 'due', value: string) => {
    setRows(
      rows.map((candidate) =>
        candidate.key === key ? { ...candidate, [field]: value } : candidate,
      ),
    );
  };
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    record.mutate(
      {
        exchangeId,
        body: {
          summary,
          actions: rows.map(({ action, owner, due }) => ({ action, owner, due: due || null })),
          mouIntended: mou,
        },
      },
      {
        onSuccess: () => {
          setOpen(false);
        },
      },
    );
  }
  return (
    <form
      className="form form--wide"
      onSubmit={submit}
      aria-label={t('exchanges.outcome.title')}
      noValidate
      data-testid={`exchange-outcome-form-${exchangeId}`}
    >
      {record.error && <ErrorMessage error={record.error} />}
      <TextAreaField
        label={t('exchanges.outcome.summary')}
        value={summary}
        onChange={(event) => {
          setSummary(event.target.value);
        }}
      />
      <fieldset className="field">
        <legend className="field__label">{t('exchanges.outcome.actions')}</legend>
        {rows.length > 0 && (
          <table className="table table--fit">
            <thead>
              <tr>
                <th scope="col">{t('exchanges.outcome.action')}</th>
                <th scope="col">{t('exchanges.outcome.owner')}</th>
                <th scope="col">{t('exchanges.outcome.due')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('exchanges.outcome.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((candidate, index) => (
                <tr key={candidate.key}>
                  <td>
                    <input
                      className="field__input"
                      aria-label={t('exchanges.outcome.actionOf', { number: index + 1 })}
                      value={candidate.action}
                      onChange={(event) => {
                        change(candidate.key, 'action', event.target.value);
                      }}
                    />
                  </td>
                  <td>
                    <input
                      className="field__input"
                      aria-label={t('exchanges.outcome.ownerOf', { number: index + 1 })}
                      value={candidate.owner}
                      onChange={(event) => {
                        change(candidate.key, 'owner', event.target.value);
                      }}
                    />
                  </td>
                  <td>
                    <input
                      type="date"
                      className="field__input"
                      aria-label={t('exchanges.outcome.dueOf', { number: index + 1 })}
                      value={candidate.due}
                      onChange={(event) => {
                        change(candidate.key, 'due', event.target.value);
                      }}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      onClick={() => {
                        setRows(rows.filter((other) => other.key !== candidate.key));
                      }}
                    >
                      {t('exchanges.outcome.removeOf', { number: index + 1 })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            setRows([...rows, row()]);
          }}
        >
          {t('exchanges.outcome.add')}
        </button>
      </fieldset>
      <CheckboxField
        label={t('exchanges.outcome.mou')}
        checked={mou}
        onChange={(event) => {
          setMou(event.target.checked);
        }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={record.isPending}>
          {t('exchanges.outcome.submit')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
          }}
        >
          {t('exchanges.cancelForm')}
        </button>
      </div>
    </form>
  );
}

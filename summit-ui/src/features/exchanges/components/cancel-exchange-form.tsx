import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { TextAreaField } from '@/components/ui/text-area-field';

import { useCancelExchange } from '@/features/exchanges/api/cancel-exchange';

/** Calling an exchange off: a button that asks why first. */
export function CancelExchangeForm({ exchangeId }: { exchangeId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useCancelExchange();

  if (!open) {
    return (
      <button
        type="button"
        className="button button--small button--danger"
        onClick={() => {
          setOpen(true);
        }}
        data-testid={`exchange-cancel-${exchangeId}`}
      >
        {t('exchanges.cancel.open')}
      </button>
    );
  }
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    cancel.mutate({ exchangeId, body: { reason } });
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t('exchanges.cancel.title')} noValidate>
      {cancel.error && <ErrorMessage error={cancel.error} />}
      <TextAreaField
        label={t('exchanges.cancel.reason')}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={cancel.isPending}>
          {t('exchanges.cancel.submit')}
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

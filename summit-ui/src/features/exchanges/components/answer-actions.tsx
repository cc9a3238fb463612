import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { TextAreaField } from '@/components/ui/text-area-field';

import { useAcceptExchange } from '@/features/exchanges/api/accept-exchange';
import { useDeclineExchange } from '@/features/exchanges/api/decline-exchange';
import { useExchangeTimes } from '@/features/exchanges/api/get-exchange-times';
import type { Exchange, ExchangeTimeRange } from '@/features/exchanges/api/get-my-exchanges';
import { useProposeExchangeTimes } from '@/features/exchanges/api/propose-exchange-times';
import { MembersPicker } from '@/features/exchanges/components/members-picker';
import { TimesPicker } from '@/features/exchanges/components/times-picker';

type Answer = 'accept' | 'decline' | 'propose';

/** My city's answer to an exchange it is invited to: accept (naming who attends), decline, or propose other times. */
export function AnswerActions({ exchange }: { exchange: Exchange }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const accept = useAcceptExchange();
  const decline = useDeclineExchange();
  const propose = useProposeExchangeTimes();
  const [members, setMembers] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [times, setTimes] = useState<ExchangeTimeRange[]>([]);
  const blocks = useExchangeTimes();
  const exchangeId = exchange.id;

  const choose = (chosen: Answer) => {
    accept.reset();
    decline.reset();
    propose.reset();
    setAnswer(chosen);
  };

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (answer === 'accept') {
      accept.mutate({ exchangeId, body: { memberIds: members } });
    } else if (answer === 'decline') {
      decline.mutate({ exchangeId, body: { reason } });
    } else if (answer === 'propose') {
      propose.mutate({ exchangeId, body: { preferredTimes: times } });
    }
  }

  const error = accept.error ?? decline.error ?? propose.error;
  const pending = accept.isPending || decline.isPending || propose.isPending;
  return (
    <div className="exchange-answer" data-testid={`exchange-answer-${exchangeId}`}>
      <div className="button-row" role="group" aria-label={t('exchanges.answer.label')}>
        <button
          type="button"
          className="button button--small"
          aria-pressed={answer === 'accept'}
          data-testid={`exchange-accept-${exchangeId}`}
          onClick={() => {
            choose('accept');
          }}
        >
          {t('exchanges.answer.accept')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={answer === 'propose'}
          data-testid={`exchange-propose-${exchangeId}`}
          onClick={() => {
            choose('propose');
          }}
        >
          {t('exchanges.answer.propose')}
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-pressed={answer === 'decline'}
          data-testid={`exchange-decline-${exchangeId}`}
          onClick={() => {
            choose('decline');
          }}
        >
          {t('exchanges.answer.decline')}
        </button>
      </div>
      {answer && (
        <form
          className="form"
          onSubmit={submit}
          aria-label={t(`exchanges.answer.${answer}Title`)}
          noValidate
        >
          {error && <ErrorMessage error={error} />}
          {answer === 'accept' && (
            <MembersPicker
              legend={t('exchanges.answer.members')}
              chosen={members}
              onChange={setMembers}
              testId={`exchange-accept-members-${exchangeId}`}
            />
          )}
          {answer === 'decline' && (
            <TextAreaField
              label={t('exchanges.answer.reason')}
              data-testid={`exchange-decline-reason-${exchangeId}`}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
              }}
            />
          )}
          {answer === 'propose' &&
            (blocks.error ? (
              <ErrorMessage error={blocks.error} onRetry={() => void blocks.refetch()} />
            ) : (
              <TimesPicker
                legend={t('exchanges.answer.times')}
                blocks={blocks.data ?? []}
                chosen={times}
                onChange={setTimes}
                testId={`exchange-propose-times-${exchangeId}`}
              />
            ))}
          <div className="button-row">
            <button
              type="submit"
              className="button"
              disabled={pending}
              data-testid={`exchange-${answer}-submit-${exchangeId}`}
            >
              {t(`exchanges.answer.${answer}Submit`)}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setAnswer(null);
              }}
            >
              {t('exchanges.cancelForm')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

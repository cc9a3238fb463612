import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** What the button says; may hold visually hidden text naming what it acts on. */
  children: ReactNode;
  /** The question asked before acting, saying what will happen. */
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  testId: string;
  /** The smaller button, as in a table row. */
  small?: boolean;
}

/** A button for an action that cannot be undone: it asks first, and acts only once confirmed. */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  pending,
  onConfirm,
  testId,
  small = true,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) {
      confirm.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        className={small ? 'button button--small button--danger' : 'button button--danger'}
        disabled={pending}
        onClick={() => {
          setAsking(true);
        }}
        data-testid={testId}
      >
        {children}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p className="confirm__question">{question}</p>
      <div className="button-row">
        <button
          ref={confirm}
          type="button"
          className="button button--small button--danger"
          disabled={pending}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          data-testid={`${testId}-confirm`}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            setAsking(false);
          }}
          data-testid={`${testId}-cancel`}
        >
          {t('cities.cancel')}
        </button>
      </div>
    </div>
  );
}

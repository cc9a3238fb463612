interface FormActionsProps {
  pending: boolean;
  submitLabel: string;
  submittingLabel: string;
  /** Shown as a secondary button when given. */
  onCancel?: (() => void) | undefined;
  cancelLabel: string;
  submitTestId: string;
}

/** A form's submit button (showing that it is at work while pending) and, optionally, its cancel button. */
export function FormActions({
  pending,
  submitLabel,
  submittingLabel,
  onCancel,
  cancelLabel,
  submitTestId,
}: FormActionsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="button" disabled={pending} data-testid={submitTestId}>
        {pending ? submittingLabel : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}

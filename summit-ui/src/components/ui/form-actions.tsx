/** What a page gives every form that sends a request: its labels, its state and what to do with the request. */
export interface SubmittingFormProps<Request> {
  submitLabel: string;
  submittingLabel: string;
  pending: boolean;
  /** What the last request failed with, if it did. */
  error: Error | null;
  onSubmit: (request: Request) => void;
  onCancel?: () => void;
  /** Prefix of the fields' test ids, e.g. `city-register`. */
  testIdPrefix: string;
}

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

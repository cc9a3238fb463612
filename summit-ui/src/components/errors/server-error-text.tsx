import type { FieldErrorText } from '@/lib/field-error-text';

/**
 * A refused field explained: the sentence in the interface's language, then, smaller, the
 * server's own (English) words for the specifics.
 */
export function ServerErrorText({ error }: { error: FieldErrorText }) {
  if (!error.original) {
    return <>{error.text}</>;
  }
  return (
    <>
      {error.text}{' '}
      <span className="server-error__original" lang="en">
        {error.original}
      </span>
    </>
  );
}

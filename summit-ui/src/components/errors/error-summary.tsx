import type { ReactNode } from 'react';

/**
 * What is wrong with a form, announced as soon as it shows; each field says its own part again
 * next to the input (GOV.UK's error summary pattern).
 */
export function ErrorSummary({ messages }: { messages: (ReactNode | false | undefined)[] }) {
  const shown = messages.filter(Boolean);
  if (shown.length === 0) {
    return null;
  }
  return (
    <div className="error-message" role="alert">
      {shown.map((message, index) => (
        // The list is rebuilt on each render and never reordered; the position is its identity.
        <p key={index} className="error-message__detail">
          {message}
        </p>
      ))}
    </div>
  );
}

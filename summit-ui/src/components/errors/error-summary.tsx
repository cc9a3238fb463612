/**
 * What is wrong with a form, announced as soon as it shows; each field says its own part again
 * next to the input (GOV.UK's error summary pattern).
 */
export function ErrorSummary({ messages }: { messages: (string | false | undefined)[] }) {
  const shown = messages.filter((message): message is string => Boolean(message));
  if (shown.length === 0) {
    return null;
  }
  return (
    <div className="error-message" role="alert">
      {shown.map((message) => (
        <p key={message} className="error-message__detail">
          {message}
        </p>
      ))}
    </div>
  );
}

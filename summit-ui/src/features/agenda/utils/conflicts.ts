/**
 * The args as a conflict's reason shows them: the times of a double booking are local date-times
 * of the same day as the session, so only their time of day is shown.
 */
export function readableArgs(
  args: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!args) return args;
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    const time =
      typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})/.exec(value) : null;
    shown[name] = time ? time[1] : value;
  }
  return shown;
}

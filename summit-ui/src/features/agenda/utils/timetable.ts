/** Time arithmetic of the editor's grid, on the local date-times of the summit's zone (`2016-03-23T09:30:00`). */

/** The grid snaps every move and resize to this many minutes. */
export const snapMinutes = 5;

/** Vertical scale of the grid. */
export const pixelsPerMinute = 2;

/** The calendar day of a local date-time. */
export function dayOf(localDateTime: string): string {
  return localDateTime.slice(0, 10);
}

/** `HH:mm` of a local date-time. */
export function timeOf(localDateTime: string): string {
  return localDateTime.slice(11, 16);
}

/** Minutes since midnight of a local date-time or an `HH:mm[:ss]` time. */
export function minutesOf(value: string): number {
  const time = value.length > 10 ? value.slice(11, 16) : value.slice(0, 5);
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** `HH:mm` of minutes since midnight. */
export function clock(minutes: number): string {
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** The local date-time `day` at `minutes` since midnight, as the API takes it. */
export function at(day: string, minutes: number): string {
  return `${day}T${clock(minutes)}:00`;
}

/** Every day from `first` to `last`, inclusive (ISO dates). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const day = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (day <= end && days.length < 31) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

/** A distance dragged on the grid as whole steps of {@link snapMinutes}. */
export function snappedMinutes(pixels: number): number {
  return Math.round(pixels / pixelsPerMinute / snapMinutes) * snapMinutes;
}

/** What a drag makes of a session: moved by `minutes` and `columns` rooms, or its end moved by `minutes`. */
export interface Placement {
  roomId: string;
  startsAt: string;
  endsAt: string;
}

export function moved(
  session: Placement,
  minutes: number,
  columns: number,
  roomIds: readonly string[],
): Placement {
  const day = dayOf(session.startsAt);
  const column = roomIds.indexOf(session.roomId);
  const target =
    column < 0
      ? session.roomId
      : (roomIds[Math.min(roomIds.length - 1, Math.max(0, column + columns))] ?? session.roomId);
  const start = Math.min(24 * 60 - snapMinutes, Math.max(0, minutesOf(session.startsAt) + minutes));
  const length = minutesOf(session.endsAt) - minutesOf(session.startsAt);
  return {
    roomId: target,
    startsAt: at(day, start),
    endsAt: at(day, Math.min(24 * 60 - 1, start + length)),
  };
}

export function resized(session: Placement, minutes: number): Placement {
  const day = dayOf(session.startsAt);
  const start = minutesOf(session.startsAt);
  const end = Math.min(
    24 * 60 - 1,
    Math.max(start + snapMinutes, minutesOf(session.endsAt) + minutes),
  );
  return { ...session, endsAt: at(day, end) };
}

/** The hours the grid shows for a day: the rooms' and sessions' times, at least 08:00 to 18:00, whole hours. */
export function hoursOf(
  sessions: readonly { startsAt: string; endsAt: string }[],
  rooms: readonly { opensAt: string | null; closesAt: string | null }[],
): { from: number; to: number } {
  let from = 8 * 60;
  let to = 18 * 60;
  for (const room of rooms) {
    if (room.opensAt) from = Math.min(from, minutesOf(room.opensAt));
    if (room.closesAt) to = Math.max(to, minutesOf(room.closesAt));
  }
  for (const session of sessions) {
    from = Math.min(from, minutesOf(session.startsAt));
    to = Math.max(to, minutesOf(session.endsAt));
  }
  return { from: Math.floor(from / 60) * 60, to: Math.min(24 * 60, Math.ceil(to / 60) * 60) };
}

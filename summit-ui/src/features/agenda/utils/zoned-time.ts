/**
 * Times of the programme, written as local date-times of the summit's zone
 * (`2016-03-23T09:30:00`), and the same moments on another zone's clock. The zone rules come
 * from the browser's Intl (the IANA database); nothing here knows an offset of its own.
 */

/** A wall-clock time: its day (`2016-03-23`) and its minutes since midnight. */
export interface WallTime {
  day: string;
  minutes: number;
  /** `HH:mm`, as a clock shows it. */
  time: string;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/** The wall-clock reading of `instant` (ms since the epoch) in `zone`, as if it were UTC. */
function wallAsUtc(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(instant)) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value);
    }
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

function parseLocal(localDateTime: string): number {
  const [date = '', time = '00:00:00'] = localDateTime.split('T');
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * The instant (ms since the epoch) at which clocks in `zone` show `localDateTime`. Intl gives the
 * zone's offset at a first guess; a second look settles a guess that fell across a change of
 * offset (summer time).
 */
export function instantOf(localDateTime: string, zone: string): number {
  const wall = parseLocal(localDateTime);
  const first = wall - (wallAsUtc(wall, zone) - wall);
  const offset = wallAsUtc(first, zone) - first;
  return wall - offset;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock time of `instant` in `zone`. */
export function wallTimeOf(instant: number, zone: string): WallTime {
  const wall = new Date(wallAsUtc(instant, zone));
  const hours = wall.getUTCHours();
  const minutes = wall.getUTCMinutes();
  return {
    day: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    minutes: hours * 60 + minutes,
    time: `${pad(hours)}:${pad(minutes)}`,
  };
}

/** The summit's local date-time as clocks in `zone` show it (the same reading when zones match). */
export function convert(localDateTime: string, from: string, to: string): WallTime {
  if (from === to) {
    const [day = '', time = '00:00'] = localDateTime.split('T');
    const [hours = 0, minutes = 0] = time.split(':').map(Number);
    return { day, minutes: hours * 60 + minutes, time: `${pad(hours)}:${pad(minutes)}` };
  }
  return wallTimeOf(instantOf(localDateTime, from), to);
}

/** The browser's own time zone (an IANA name). */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

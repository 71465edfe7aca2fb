// Oslo time, in one place. Medvirk is used in one municipality, so every wall-clock time a
// person types or reads (forms, calendars, exports, the facet index's months, demo data) is
// Europe/Oslo — never the server's zone and never UTC. The offset comes from @date-fns/tz (the
// IANA rules via Intl), cached per UTC hour because Oslo's offset only changes on the hour and
// exports and the facet index convert up to a million instants.
import { tzOffset } from "@date-fns/tz";

export const OSLO = "Europe/Oslo";

const HOUR_MS = 3_600_000;
const offsets = new Map<number, number>();

/** Oslo's offset from UTC at an instant, in milliseconds (3 600 000 in winter, 7 200 000 in summer). */
export function osloOffsetMs(at: Date | number): number {
  const ms = typeof at === "number" ? at : at.getTime();
  const hour = Math.floor(ms / HOUR_MS);
  let off = offsets.get(hour);
  if (off === undefined) {
    off = tzOffset(OSLO, new Date(hour * HOUR_MS)) * 60_000;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, off);
  }
  return off;
}

/** The instant at which Oslo's clocks show the given wall-clock time (month 1–12). */
export function fromOsloWallClock(y: number, mo: number, d: number, h = 0, mi = 0): Date {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const offset = osloOffsetMs(wall);
  const first = wall - offset;
  // Near a DST switch the offset at the result can differ from the guess; correct once.
  const corrected = osloOffsetMs(first);
  return new Date(corrected === offset ? first : wall - corrected);
}

/** A Date whose UTC fields are Oslo's wall clock at `at` (whole minutes). */
export function osloAsUtc(at: Date): Date {
  const minute = Math.floor(at.getTime() / 60_000) * 60_000;
  return new Date(minute + osloOffsetMs(minute));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Oslo's wall clock at an instant as numbers (month 1–12). */
export function osloParts(at: Date) {
  const w = osloAsUtc(at);
  return { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours(), minute: w.getUTCMinutes() };
}

/** "2026-11-25": the Oslo calendar day of an instant. */
export const osloDay = (at: Date) => osloAsUtc(at).toISOString().slice(0, 10);

/** "2026-11-25 14:03": Oslo time as Norwegian Excel reads a date-time. */
export const osloStamp = (at: Date) => {
  const iso = osloAsUtc(at).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
};

/** "2026-11-25T14:03": Oslo time for <input type="datetime-local">. */
export const osloDateTimeInput = (at: Date) => osloAsUtc(at).toISOString().slice(0, 16);

/** "+01:00" or "+02:00": Oslo's offset at an instant, as in ISO 8601. */
export function osloOffsetIso(at: Date | number): string {
  const minutes = osloOffsetMs(at) / 60_000;
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// A small iCalendar (RFC 5545) writer: enough for published events that calendar apps import
// or subscribe to. Times are written in UTC ("…Z"), so no VTIMEZONE block is needed; the
// calendar's display zone is hinted with X-WR-TIMEZONE. Lines end in CRLF and are folded at
// 75 octets without splitting a UTF-8 character (æ, ø and å are two octets each).

export type IcsStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export type IcsEvent = {
  /** Globally unique and stable across changes, so an update replaces the old event. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** Bumped on every change; calendar apps keep the event with the highest sequence. */
  sequence: number;
  status: IcsStatus;
  /** When the event was last changed (defaults to `stamp`). */
  lastModified?: Date;
};

export type IcsCalendar = {
  name: string;
  events: IcsEvent[];
  /** The DTSTAMP of every event: when this file was made. */
  stamp?: Date;
  timeZone?: string;
  /** How often subscribers should refresh (REFRESH-INTERVAL / X-PUBLISHED-TTL), in minutes. */
  refreshMinutes?: number;
  /** iTIP method (RFC 5546): PUBLISH for feeds and downloads (default); CANCEL in an e-mailed cancellation. */
  method?: "PUBLISH" | "REQUEST" | "CANCEL";
};

const PRODID = "-//Medvirk//Medvirk kalender//NB";
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** UTC date-time in the basic format: 20261203T170000Z. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * Folds one content line: at most 75 octets per line, continuation lines start with one space
 * (which counts towards their 75). Never splits a multi-byte character.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

function eventLines(e: IcsEvent, stamp: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    property("UID", e.uid),
    property("DTSTAMP", formatUtc(stamp)),
    property("DTSTART", formatUtc(e.start)),
    property("DTEND", formatUtc(e.end)),
    property("SUMMARY", escapeText(e.summary)),
  ];
  if (e.location) lines.push(property("LOCATION", escapeText(e.location)));
  if (e.description) lines.push(property("DESCRIPTION", escapeText(e.description)));
  // URL is a URI value, not TEXT: it is not escaped.
  if (e.url) lines.push(property("URL", e.url));
  lines.push(property("SEQUENCE", String(Math.max(0, Math.trunc(e.sequence)))));
  lines.push(property("STATUS", e.status));
  if (e.lastModified) lines.push(property("LAST-MODIFIED", formatUtc(e.lastModified)));
  // Calendar apps show a cancelled event as free time rather than busy.
  lines.push(property("TRANSP", e.status === "CANCELLED" ? "TRANSPARENT" : "OPAQUE"));
  lines.push("END:VEVENT");
  return lines;
}

/** The whole VCALENDAR as a string with CRLF line endings (and a final CRLF). */
export function renderCalendar(cal: IcsCalendar): string {
  const stamp = cal.stamp ?? new Date();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    property("PRODID", PRODID),
    "CALSCALE:GREGORIAN",
    `METHOD:${cal.method ?? "PUBLISH"}`,
    property("X-WR-CALNAME", escapeText(cal.name)),
    property("X-WR-TIMEZONE", cal.timeZone ?? "Europe/Oslo"),
  ];
  if (cal.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${cal.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${cal.refreshMinutes}M`);
  }
  for (const e of cal.events) lines.push(...eventLines(e, stamp));
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}

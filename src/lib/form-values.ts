// zod helpers for values that arrive from HTML forms as strings.
import { z } from "zod";

/** "" → null, "YYYY-MM-DD" → Date at UTC midnight (a Postgres DATE). */
export const optionalDate = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
      ctx.addIssue({ code: "custom", message: "validation.dateInvalid" });
      return z.NEVER;
    }
    return new Date(`${v}T00:00:00Z`);
  });

export const requiredDate = optionalDate.refine((d): d is Date => d !== null, { message: "validation.dateRequired" });

/**
 * "YYYY-MM-DDTHH:MM" from <input type="datetime-local">, read as Oslo wall-clock time. A form
 * with two such fields names each in its messages (the error summary lists them side by side).
 */
export const osloDateTimeField = (messages: { required: string; invalid: string } = { required: "validation.dateRequired", invalid: "validation.dateInvalid" }) =>
  z
  .string()
  .trim()
  .transform((v, ctx) => {
    const m = v.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
    if (!m) {
      ctx.addIssue({ code: "custom", message: v === "" ? messages.required : messages.invalid });
      return z.NEVER;
    }
    return fromOsloWallClock(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  });
export const osloDateTime = osloDateTimeField();

/** The instant at which Oslo's clocks show the given wall-clock time. */
export function fromOsloWallClock(y: number, mo: number, d: number, h: number, mi: number): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const offset = osloOffsetMinutes(new Date(guess));
  const first = new Date(guess - offset * 60_000);
  // Near a DST switch the offset at the result can differ from the guess; correct once.
  const corrected = osloOffsetMinutes(first);
  return corrected === offset ? first : new Date(guess - corrected * 60_000);
}

export function osloOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", timeZoneName: "shortOffset" }).formatToParts(at);
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT+1";
  const m = name.match(/GMT([+-]\d+)(?::(\d+))?/);
  return m ? Number(m[1]) * 60 + Math.sign(Number(m[1])) * Number(m[2] ?? 0) : 60;
}

/** Date → "YYYY-MM-DD" for a date input (DATE columns are UTC midnight). */
export const toDateInput = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

/** Date → "YYYY-MM-DDTHH:MM" in Oslo time for a datetime-local input. */
export function toOsloDateTimeInput(d: Date | null | undefined): string {
  if (!d) return "";
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A checkbox group: absent → [], one value → [value], several → array. */
export const stringList = z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()));

/** Textarea with one item per line → trimmed, non-empty lines. */
export const lines = z.preprocess((v) => (typeof v === "string" ? v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : v), z.array(z.string()));

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

// zod helpers for values that arrive from HTML forms as strings.
import { z } from "zod";
import { fromOsloWallClock, osloDateTimeInput } from "./oslo-time";

/** The one uuid field of a form schema (ids come in hidden fields and selects): missing or malformed is "validation.required". */
export const uuidField = z.uuid("validation.required");

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
export const osloDateTimeField = (
  messages: { required: string; invalid: string } = { required: "validation.dateRequired", invalid: "validation.dateInvalid" },
) =>
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

/** Date → "YYYY-MM-DD" for a date input (DATE columns are UTC midnight). */
export const toDateInput = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

/** Date → "YYYY-MM-DDTHH:MM" in Oslo time for a datetime-local input. */
export const toOsloDateTimeInput = (d: Date | null | undefined): string => (d ? osloDateTimeInput(d) : "");

/** A checkbox group: absent → [], one value → [value], several → array. */
export const stringList = z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()));

/** Textarea with one item per line → trimmed, non-empty lines. */
export const lines = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)
      : v,
  z.array(z.string()),
);

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

// Screening of an arriving input: likely abuse and personal data that must not be published.
// Pure and synchronous (it runs on every insert, and in `npm run eval:knowledge`). Any flag
// holds the input for review; nothing it says is quoted until someone has looked at it.
import { isAbusive } from "./abuse";
import { findNamedHealthPersons } from "./health-person";
import { findEmails, findNationalIds, findPhones, type Span } from "./personal-data";

export type ScreeningFlag = "abuse" | "phone" | "email" | "national-id" | "health-person";

export type Screening = { flags: ScreeningFlag[]; hold: boolean };

export const SCREENING_FLAGS: readonly ScreeningFlag[] = ["abuse", "phone", "email", "national-id", "health-person"];

export type SensitiveSpan = Span & { kind: Exclude<ScreeningFlag, "abuse"> };

/** Personal data in a text, as non-overlapping spans in text order (what redaction replaces). */
export function sensitiveSpans(text: string): SensitiveSpan[] {
  const ids = findNationalIds(text).map((s) => ({ ...s, kind: "national-id" as const }));
  const emails = findEmails(text).map((s) => ({ ...s, kind: "email" as const }));
  // A national id or an e-mail's digits are never also a phone number.
  const taken = [...ids, ...emails];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const phones = findPhones(text)
    .filter((s) => !overlaps(s))
    .map((s) => ({ ...s, kind: "phone" as const }));
  const persons = findNamedHealthPersons(text)
    .filter((s) => !overlaps(s))
    .map((s) => ({ ...s, kind: "health-person" as const }));
  const all = [...ids, ...emails, ...phones, ...persons].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SensitiveSpan[] = [];
  for (const s of all) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

export function screenText(text: string): Screening {
  const found = new Set<ScreeningFlag>(sensitiveSpans(text).map((s) => s.kind));
  if (isAbusive(text)) found.add("abuse");
  const flags = SCREENING_FLAGS.filter((f) => found.has(f));
  return { flags, hold: flags.length > 0 };
}

export const REDACTED = "[sladdet]";

/** The text with every automatically found piece of personal data replaced by "[sladdet]". */
export function autoRedact(text: string): string {
  let out = "";
  let at = 0;
  for (const s of sensitiveSpans(text)) {
    out += text.slice(at, s.start) + REDACTED;
    at = s.end;
  }
  return out + text.slice(at);
}

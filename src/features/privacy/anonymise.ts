// What anonymising an input means here: the knowledge it carries stays (the thematic plans
// still need "the bus stops running at six"), what points to a person goes. E-mail
// addresses, phone numbers and national identity numbers are cut out of the text and of the
// form's free-text answers (the same finders the moderation screening uses), and the contact
// details are deleted. Names in free text are not found by a machine; they are the reason
// the moderation queue exists, and the retention texts say so.
import { findEmails, findNationalIds, findPhones, type Span } from "@/features/knowledge/screening/personal-data";

export const REMOVED = "[fjernet]";

/** The text with every e-mail address, phone number and national id replaced by «[fjernet]». */
export function anonymiseText(text: string): string {
  const spans: Span[] = [...findEmails(text), ...findNationalIds(text), ...findPhones(text)].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping finds: the first one wins
    out += text.slice(at, span.start) + REMOVED;
    at = span.end;
  }
  return out + text.slice(at);
}

/** The form's other answers (JSON by field key) with their free text anonymised. */
export function anonymiseAnswers(answers: unknown): Record<string, unknown> {
  if (!answers || typeof answers !== "object" || Array.isArray(answers)) return {};
  return Object.fromEntries(
    Object.entries(answers as Record<string, unknown>).map(([key, value]) => [
      key,
      typeof value === "string" ? anonymiseText(value) : Array.isArray(value) ? value.map((v) => (typeof v === "string" ? anonymiseText(v) : v)) : value,
    ]),
  );
}

// Personal data that must never be published: Norwegian phone numbers, e-mail addresses and
// national identity numbers (fødselsnummer/D-nummer) that pass the checksum. Each finder
// returns character spans so the redaction tool can replace exactly what was found.
import { idnr } from "@navikt/fnrvalidator";

export type Span = { start: number; end: number };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function findEmails(text: string): Span[] {
  if (!text.includes("@")) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// 11 digits, optionally "DDMMYY NNNNN"; not part of a longer number.
const ELEVEN = /(?<![\p{N}])(\d{6})[ -]?(\d{5})(?![\p{N}])/gu;

/** Fødselsnummer, D-nummer (and H-/test numbers the validator knows) with a valid checksum and date. */
export function findNationalIds(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(ELEVEN)) {
    if (idnr(m[1]! + m[2]!).status === "valid") out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Eight digits, possibly grouped by spaces, dots or dashes, optionally after +47/0047.
// Not glued to other digits, so parts of longer numbers (account numbers, fnr) never match.
const PHONE = /(?<![\p{N}+]|\p{N}[ .-])((?:\+|00)\s?47[\s.-]?)?(\d(?:[ .-]?\d){7})(?![\p{N}]|[ .,-]\p{N})/gu;

// Groupings a phone number is written in (ordinary Norwegian usage); 2-3-3 is an amount, 2-2-4 a date.
const PHONE_GROUPS = new Set(["8", "2-2-2-2", "3-2-3", "3-3-2", "4-4", "2-6"]);
const CURRENCY_AFTER = /^\s*(?:kr\b|kroner|nok\b|,-|%|prosent|mill|år\b|timer|m2|kvm)/iu;
const CURRENCY_BEFORE = /(?:kr\.?|nok|ca\.?|rundt|over|under)\s*$/iu;
const PHONE_CUE = /(?:tlf|telefon|tel|mob|mobil|ring|nr|nummer|sms|phone|call)[.:]?\s*$/iu;

function looksLikeDate(d: string): boolean {
  const ymd = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(d);
  const dmy = /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d$/.test(d);
  return ymd || dmy;
}

export function findPhones(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PHONE)) {
    const prefixed = m[1] != null;
    const raw = m[2]!;
    const digits = raw.replace(/\D/g, "");
    const groups = raw
      .split(/[ .-]/)
      .map((g) => g.length)
      .join("-");
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    const cued = prefixed || PHONE_CUE.test(before);
    if (!PHONE_GROUPS.has(groups) && !cued) continue;
    if (!cued && (CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before))) continue;
    if (!cued && groups === "8" && looksLikeDate(digits)) continue;
    // "2019 2020": two years side by side, not a number.
    if (!cued && groups === "4-4" && /^(?:19|20)\d\d(?:19|20)\d\d$/.test(digits)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

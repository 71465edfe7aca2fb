// A citizen's input from a public form: no account, so this is the one write that does not go
// through the signed-in gate. It has its own guards instead: the process must be published and
// the form open, a honeypot must be empty, a rate limit per client and form (in Postgres), the
// answers must satisfy the form's own schema, and an idempotency key makes resubmitting store nothing new.
//
// Speed (issue #20): everything that touches the database is ONE statement, so one implicit
// transaction and one round trip: `submit_public_input()` (migration
// 20261208100000_submit_public_input) counts the rate-limit hit (re-checking in SQL that the
// form and its process are still open, so a cached form can never let a closed one take input),
// inserts the input with ON CONFLICT on the idempotency key, and the contact row and receipt
// e-mail when consent is given. A repeat counts no hit and hands out the stored receipt.
// Validation, lemmas, screening and the e-mail's rendering happen before, in the app.
// tests/integration/submit-path.test.ts counts the statements.
import { randomUUID } from "node:crypto";
import { answerSchema } from "@/features/forms/answer-schema";
import type { PublicForm } from "@/features/forms/queries";
import { arrivalFields } from "@/features/knowledge/arrival";
import type { InputCategory, Locale } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import "@/lib/zod-messages";
import { inputReceiptRows } from "@/features/mail/citizen";
import { cleanText } from "@/lib/clean-text";
import { isUuid } from "@/lib/ids";
import { issueValues } from "@/lib/issue-values";
import { generateReceiptCode } from "@/lib/receipt-code";

export const SUBMISSIONS_PER_HOUR = 20;
const RATE_WINDOW_SECONDS = 3600;

export type SubmitIssue = { field: string; message: string; values: Record<string, number> };
export type SubmitResult =
  | { ok: true; receiptCode: string; repeated: boolean }
  | { ok: false; reason: "closed" | "notOpen" | "processClosed" | "rateLimited" }
  | { ok: false; reason: "invalid"; issues: SubmitIssue[] };

/** NUL, controls and bidi overrides never reach the schema or the database (clean-text.ts). */
export function cleanBody(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [
      k,
      typeof v === "string" ? cleanText(v) : Array.isArray(v) ? v.map((x) => (typeof x === "string" ? cleanText(x) : x)) : v,
    ]),
  );
}

// Building a form's zod schema (and zod's first parse, which compiles it) costs more than the
// rest of a submission: build it once per form copy. The submit path's form copy is shared for
// FORM_CACHE_MS (forms/queries.ts), so a changed form gets a new schema with its new copy.
const schemas = new WeakMap<PublicForm, ReturnType<typeof answerSchema>>();
function schemaOf(form: PublicForm) {
  let schema = schemas.get(form);
  if (!schema) {
    schema = answerSchema(form.fields, {
      phaseKind: form.phase?.kind ?? null,
      districtIds: form.districts.map((d) => d.id),
      targetGroupIds: form.targetGroups.map((g) => g.id),
    });
    schemas.set(form, schema);
  }
  return schema;
}

/** The answers checked against the form's own schema; issues carry i18n keys and their figures. */
export function validateAnswers(form: PublicForm, raw: Record<string, unknown>) {
  const parsed = schemaOf(form).safeParse(raw);
  if (parsed.success) return { ok: true as const, answers: parsed.data as Record<string, unknown> };
  // The figures a message names ("høyst {max} tegn", how long the text is) come from the issue.
  const issues: SubmitIssue[] = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message, values: issueValues(i, raw) }));
  return { ok: false as const, issues };
}

/** Why the form takes no input at `now`, by what the (possibly cached) form says; null if open. */
export function closedReason(form: PublicForm, now: Date): "closed" | "notOpen" | "processClosed" | null {
  // A form's own dates are not enough: a process that has ended (closed, archived, back in
  // draft) takes no input, whatever its forms say.
  if (form.process.status !== "PUBLISHED") return "processClosed";
  if (form.closesAt && form.closesAt <= now) return "closed";
  if (form.opensAt && form.opensAt > now) return "notOpen";
  return null;
}

type Outcome = "ok" | "repeat" | "closed" | "rateLimited" | "collision";

/** The rate-limit window a submission at `now` counts in. */
const windowOf = (now: Date) => new Date(Math.floor(now.getTime() / (RATE_WINDOW_SECONDS * 1000)) * RATE_WINDOW_SECONDS * 1000);

export async function submitPublicInput(
  form: PublicForm,
  body: Record<string, unknown>,
  opts: { clientKey: string; locale: Locale; now?: Date; citizenId?: string },
): Promise<SubmitResult> {
  const raw = cleanBody(body);
  const now = opts.now ?? new Date();
  const idempotencyKey = isUuid(raw.idempotencyKey) ? raw.idempotencyKey : randomUUID();
  const closed = closedReason(form, now);
  // A resubmission of something stored before the form closed still gets its receipt.
  if (closed) {
    const prior = await db.input.findUnique({ where: { idempotencyKey }, select: { receiptCode: true } });
    return prior ? { ok: true, receiptCode: prior.receiptCode, repeated: true } : { ok: false, reason: closed };
  }
  const valid = validateAnswers(form, raw);
  if (!valid.ok) {
    // An identical resubmission is valid too, so a repeat never lands here.
    return { ok: false, reason: "invalid", issues: valid.issues };
  }
  const answers = valid.answers;
  // Bots fill every field; people never see this one. Pretend success so bots learn nothing.
  const honeypot = typeof raw.nettsted === "string" && raw.nettsted.trim() !== "";

  const byType = (type: string) => form.fields.find((f) => f.type === type);
  const textField = byType("LONG_TEXT");
  const contact = byType("CONTACT");
  // Answers with no column of their own (extra questions) are kept as JSON by field key.
  const OWN_ANSWER = new Set(["SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE", "MULTI_CHOICE", "SCALE"]);
  const extra = Object.fromEntries(form.fields.filter((f) => OWN_ANSWER.has(f.type) && f.key !== textField?.key).map((f) => [f.key, answers[f.key] ?? null]));
  const pick = (type: string) => {
    const f = byType(type);
    return f ? ((answers[f.key] as string | null) ?? null) : null;
  };
  // The chosen age band ("16-19") becomes its two ages: the form's bands may change later.
  const ageOf = (v: string | null) => {
    const m = v ? /^(\d+)-(\d+)$/.exec(v) : null;
    return m ? { age_min: Number(m[1]), age_max: Number(m[2]) } : { age_min: null, age_max: null };
  };
  const text = textField ? String(answers[textField.key] ?? "") : "";
  const arrival = arrivalFields(text); // lemmas and screening: CPU only, before the statement

  const contactRow =
    contact && answers[`${contact.key}_consent`]
      ? {
          name: String(answers[`${contact.key}_name`] ?? ""),
          email: String(answers[`${contact.key}_email`] ?? ""),
          phone: String(answers[`${contact.key}_phone`] ?? ""),
        }
      : null;
  const row = {
    process_id: form.process.id,
    phase_id: form.phase?.id ?? null,
    form_id: form.id,
    text,
    search_lemmas: arrival.searchLemmas,
    flags: arrival.flags,
    held_for_review: arrival.heldForReview,
    category: pick("INSIGHT_CATEGORY") as InputCategory | null,
    channel: "FORM",
    language: opts.locale,
    district_id: pick("DISTRICT"),
    target_group_id: pick("TARGET_GROUP"),
    ...ageOf(pick("AGE_BAND")),
    answers: extra,
    idempotency_key: idempotencyKey,
    submitted_at: now.toISOString(),
    citizen_id: opts.citizenId ?? null,
  };

  // ONE statement, so its own transaction (migration 20261208100000_submit_public_input): the
  // rate-limit hit with the open check, the input, the contact row and the receipt e-mail. A
  // fresh receipt code can (very rarely) collide with a stored one; then nothing is stored and
  // the next attempt draws a new code.
  for (let attempt = 0; attempt < 3; attempt++) {
    const receiptCode = generateReceiptCode();
    const mail = await inputReceiptRows({ form, answers, receiptCode, locale: opts.locale });
    const [result] = await db.$queryRaw<{ outcome: Outcome; receipt_code: string | null }[]>`
      SELECT outcome, receipt_code FROM submit_public_input(
        ${JSON.stringify({ ...row, receipt_code: receiptCode })}::jsonb, ${`form:${form.id}:${opts.clientKey}`}, ${windowOf(now)}::timestamptz,
        ${SUBMISSIONS_PER_HOUR}::int, ${honeypot}, ${contactRow ? JSON.stringify(contactRow) : null}::jsonb,
        ${mail.length ? JSON.stringify(mail) : null}::jsonb)`;
    switch (result!.outcome) {
      case "ok":
        return { ok: true, receiptCode: result!.receipt_code!, repeated: false };
      case "repeat":
        return { ok: true, receiptCode: result!.receipt_code!, repeated: true };
      case "closed":
        return { ok: false, reason: form.process.status === "PUBLISHED" ? "closed" : "processClosed" };
      case "rateLimited":
        return { ok: false, reason: "rateLimited" };
      case "collision":
        continue;
    }
  }
  throw new Error("could not draw a free receipt code in 3 attempts");
}

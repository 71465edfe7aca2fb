// A citizen's input from a public form: no account, so this is the one write that does not go
// through the signed-in gate. It has its own guards instead: the process must be published and
// the form open, a honeypot must be empty, a rate limit per client and form (in Postgres), the
// answers must satisfy the form's own schema, and an idempotency key makes resubmitting store nothing new.
//
// Speed (issue #20): everything that touches the database is ONE transaction of a constant
// number of statements — the rate-limit hit (which also re-checks in SQL that the form and its
// process are still open, so a cached form can never let a closed one take input), the input
// insert with ON CONFLICT on the idempotency key, and the contact row when consent is given.
// A repeat rolls back (its rate-limit hit does not count) and hands out the stored receipt.
// tests/integration/submit-path.test.ts counts the statements.
import { arrivalFields } from "@/features/knowledge/arrival";
import { randomUUID } from "node:crypto";
import type { InputCategory, Locale } from "@/generated/prisma/enums";
import { answerSchema } from "@/features/forms/answer-schema";
import type { PublicForm } from "@/features/forms/queries";
import { db, type Tx } from "@/lib/db";
import "@/lib/zod-messages";
import { cleanText } from "@/lib/clean-text";
import { generateReceiptCode } from "./receipt-code";
import { isUuid } from "@/lib/ids";
import { issueValues } from "@/lib/issue-values";
import { enqueueInputReceipt } from "@/features/mail/citizen";

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

/** The answers checked against the form's own schema; issues carry i18n keys and their figures. */
export function validateAnswers(form: PublicForm, raw: Record<string, unknown>) {
  const parsed = answerSchema(form.fields, {
    phaseKind: form.phase?.kind ?? null,
    districtIds: form.districts.map((d) => d.id),
    targetGroupIds: form.targetGroups.map((g) => g.id),
  }).safeParse(raw);
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

// Under a burst every pool connection may be busy: wait for one rather than fail after
// Prisma's default 2 s (the wait is the queue; the transaction itself takes milliseconds).
const TX_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/** True when the transaction could not get a connection or ran out of time (Prisma P2028): the database is overloaded, not broken. */
export function isTransactionTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2028";
}

/** A repeat found inside the transaction: thrown so the transaction (and its rate-limit hit) rolls back. */
class Repeat {
  constructor(readonly receiptCode: string) {}
}

/**
 * Counts one hit for the client on this form, but only while the form and its process are open
 * (checked in SQL against the live rows): no row back means the form has closed since it was read.
 */
async function hitFormRateLimit(tx: Tx, formId: string, key: string, now: Date): Promise<number | null> {
  const windowStart = new Date(Math.floor(now.getTime() / (RATE_WINDOW_SECONDS * 1000)) * RATE_WINDOW_SECONDS * 1000);
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (key, window_start, count)
    SELECT ${key}, ${windowStart}, 1 FROM form f JOIN process p ON p.id = f.process_id
     WHERE f.id = ${formId}::uuid AND f.is_published AND p.status = 'PUBLISHED'
       AND (f.closes_at IS NULL OR f.closes_at > ${now}) AND (f.opens_at IS NULL OR f.opens_at <= ${now})
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit.count + 1
    RETURNING count`;
  return row ? row.count : null;
}

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
    return m ? { ageMin: Number(m[1]), ageMax: Number(m[2]) } : { ageMin: null, ageMax: null };
  };
  const text = textField ? String(answers[textField.key] ?? "") : "";
  const arrival = arrivalFields(text); // lemmas and screening: CPU only, outside the transaction

  // A fresh receipt code can (very rarely) collide with a stored one; ON CONFLICT then skips the
  // row without an error, and the next attempt draws a new code.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const result = await db.$transaction(async (tx) => {
        const hits = await hitFormRateLimit(tx, form.id, `form:${form.id}:${opts.clientKey}`, now);
        if (hits === null) {
          const prior = await tx.input.findUnique({ where: { idempotencyKey }, select: { receiptCode: true } });
          if (prior) throw new Repeat(prior.receiptCode);
          return { ok: false as const, reason: form.process.status === "PUBLISHED" ? ("closed" as const) : ("processClosed" as const) };
        }
        if (hits > SUBMISSIONS_PER_HOUR) {
          const prior = await tx.input.findUnique({ where: { idempotencyKey }, select: { receiptCode: true } });
          if (prior) throw new Repeat(prior.receiptCode);
          return { ok: false as const, reason: "rateLimited" as const };
        }
        if (honeypot) return { ok: true as const, receiptCode: generateReceiptCode(), repeated: false };
        const [input] = await tx.input.createManyAndReturn({
          data: [
            {
              processId: form.process.id,
              phaseId: form.phase?.id ?? null,
              formId: form.id,
              text,
              ...arrival,
              category: pick("INSIGHT_CATEGORY") as InputCategory | null,
              channel: "FORM",
              language: opts.locale,
              districtId: pick("DISTRICT"),
              targetGroupId: pick("TARGET_GROUP"),
              ...ageOf(pick("AGE_BAND")),
              answers: extra as object,
              receiptCode: generateReceiptCode(),
              idempotencyKey,
              submittedAt: now,
              citizenId: opts.citizenId ?? null,
            },
          ],
          skipDuplicates: true, // INSERT … ON CONFLICT DO NOTHING: a repeat costs no error
          select: { id: true, receiptCode: true },
        });
        if (!input) {
          const prior = await tx.input.findUnique({ where: { idempotencyKey }, select: { receiptCode: true } });
          if (prior) throw new Repeat(prior.receiptCode);
          return null; // the receipt code collided: try again with a new one
        }
        if (contact && answers[`${contact.key}_consent`]) {
          await tx.inputContact.create({
            data: {
              inputId: input.id,
              name: String(answers[`${contact.key}_name`] ?? ""),
              email: String(answers[`${contact.key}_email`] ?? ""),
              phone: String(answers[`${contact.key}_phone`] ?? ""),
              consentAt: now,
            },
            select: { inputId: true },
          });
        }
        // Hooks that must commit with the input (a receipt e-mail, a signed-in citizen's id) go here.
        await enqueueInputReceipt(tx, { form, answers, receiptCode: input.receiptCode, locale: opts.locale });
        return { ok: true as const, receiptCode: input.receiptCode, repeated: false };
      }, TX_OPTIONS);
      if (result) return result;
    } catch (error) {
      if (error instanceof Repeat) return { ok: true, receiptCode: error.receiptCode, repeated: true };
      throw error;
    }
  }
  throw new Error("could not draw a free receipt code in 3 attempts");
}

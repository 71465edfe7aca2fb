// A citizen's input from a public form: no account, so this is the one write that does not go
// through the signed-in gate. It has its own guards instead: the process must be published and
// the form open, a honeypot must be empty, a rate limit per client and form (in Postgres), the
// answers must satisfy the form's own schema, and an idempotency key makes resubmitting store nothing new.
import { arrivalFields } from "@/features/knowledge/arrival";
import { randomUUID } from "node:crypto";
import type { AgeBand, InputCategory, Locale } from "@/generated/prisma/enums";
import { answerSchema } from "@/features/forms/answer-schema";
import type { PublicForm } from "@/features/forms/queries";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import "@/lib/zod-messages";
import { cleanText } from "@/lib/clean-text";
import { generateReceiptCode } from "./receipt-code";
import { isUuid } from "@/lib/ids";
import { issueValues } from "@/lib/issue-values";
import { enqueueInputReceipt } from "@/features/mail/citizen";

export const SUBMISSIONS_PER_HOUR = 20;

export type SubmitResult =
  | { ok: true; receiptCode: string; repeated: boolean }
  | { ok: false; reason: "closed" | "notOpen" | "processClosed" | "rateLimited" }
  | { ok: false; reason: "invalid"; issues: { field: string; message: string; values: Record<string, number> }[] };

export async function submitPublicInput(
  form: PublicForm,
  body: Record<string, unknown>,
  opts: { clientKey: string; locale: Locale; now?: Date },
): Promise<SubmitResult> {
  // NUL, controls and bidi overrides never reach the schema or the database (clean-text.ts).
  const raw = Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? cleanText(v) : Array.isArray(v) ? v.map((x) => (typeof x === "string" ? cleanText(x) : x)) : v]),
  );
  const now = opts.now ?? new Date();
  // A form's own dates are not enough: a process that has ended (closed, archived, back in
  // draft) takes no input, whatever its forms say.
  if (form.process.status !== "PUBLISHED") return { ok: false, reason: "processClosed" };
  if (form.closesAt && form.closesAt <= now) return { ok: false, reason: "closed" };
  if (form.opensAt && form.opensAt > now) return { ok: false, reason: "notOpen" };
  const idempotencyKey = isUuid(raw.idempotencyKey) ? raw.idempotencyKey : randomUUID();

  // A resubmission of something already stored gets the same receipt, before any other check.
  const existing = await db.input.findUnique({ where: { idempotencyKey }, select: { receiptCode: true } });
  if (existing) return { ok: true, receiptCode: existing.receiptCode, repeated: true };

  const parsed = answerSchema(form.fields, {
    phaseKind: form.phase?.kind ?? null,
    districtIds: form.districts.map((d) => d.id),
    targetGroupIds: form.targetGroups.map((g) => g.id),
  }).safeParse(raw);
  if (!parsed.success) {
    // The figures a message names ("høyst {max} tegn", how long the text is) come from the issue.
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message, values: issueValues(i, raw) }));
    return { ok: false, reason: "invalid", issues };
  }
  const answers = parsed.data as Record<string, unknown>;
  // Bots fill every field; people never see this one. Pretend success so bots learn nothing.
  const honeypot = typeof raw.nettsted === "string" && raw.nettsted.trim() !== "";

  try {
    return await db.$transaction(async (tx) => {
      if (!(await hitRateLimit(tx, `form:${form.id}:${opts.clientKey}`, SUBMISSIONS_PER_HOUR, 3600, now))) {
        return { ok: false as const, reason: "rateLimited" as const };
      }
      const receiptCode = generateReceiptCode();
      if (honeypot) return { ok: true as const, receiptCode, repeated: false };
      const byType = (type: string) => form.fields.find((f) => f.type === type);
      const textField = byType("LONG_TEXT");
      const contact = byType("CONTACT");
      // Answers with no column of their own (extra questions) are kept as JSON by field key.
      const OWN_ANSWER = new Set(["SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE", "MULTI_CHOICE", "SCALE"]);
      const extra = Object.fromEntries(
        form.fields.filter((f) => OWN_ANSWER.has(f.type) && f.key !== textField?.key).map((f) => [f.key, answers[f.key] ?? null]),
      );
      const pick = (type: string) => {
        const f = byType(type);
        return f ? ((answers[f.key] as string | null) ?? null) : null;
      };
      const text = textField ? String(answers[textField.key] ?? "") : "";
      const input = await tx.input.create({
        data: {
          processId: form.process.id,
          phaseId: form.phase?.id ?? null,
          formId: form.id,
          text,
          ...arrivalFields(text),
          category: pick("INSIGHT_CATEGORY") as InputCategory | null,
          channel: "FORM",
          language: opts.locale,
          districtId: pick("DISTRICT"),
          targetGroupId: pick("TARGET_GROUP"),
          ageBand: pick("AGE_BAND") as AgeBand | null,
          answers: extra as object,
          receiptCode,
          idempotencyKey,
          submittedAt: now,
          ...(contact && answers[`${contact.key}_consent`]
            ? {
                contact: {
                  create: {
                    name: String(answers[`${contact.key}_name`] ?? ""),
                    email: String(answers[`${contact.key}_email`] ?? ""),
                    phone: String(answers[`${contact.key}_phone`] ?? ""),
                    consentAt: now,
                  },
                },
              }
            : {}),
        },
        select: { receiptCode: true },
      });
      await enqueueInputReceipt(tx, { form, answers, receiptCode: input.receiptCode, locale: opts.locale });
      return { ok: true as const, receiptCode: input.receiptCode, repeated: false };
    });
  } catch (error) {
    // Two copies of the same submission raced: the other one won; hand out its receipt.
    if (isUniqueViolation(error)) {
      const winner = await db.input.findUnique({ where: { idempotencyKey }, select: { receiptCode: true } });
      if (winner) return { ok: true, receiptCode: winner.receiptCode, repeated: true };
    }
    throw error;
  }
}

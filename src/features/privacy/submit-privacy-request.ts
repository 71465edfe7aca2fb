// A citizen's request to see, correct or delete their input, made with the receipt code: no
// account, so like the public form it has its own guards instead of the signed-in gate — a
// rate limit per client (in Postgres) and a receipt code that must exist. Unknown codes are
// refused at the field; the code is the citizen's only key, so it is never echoed for others.
import type { Locale } from "@/generated/prisma/enums";
import { cleanText } from "@/lib/clean-text";
import { db } from "@/lib/db";
import { issueValues } from "@/lib/issue-values";
import { hitRateLimit } from "@/lib/rate-limit";
import { normalizeReceiptCode } from "@/lib/receipt-code";
import { privacyRequestSchema } from "./schemas";

export const REQUESTS_PER_HOUR = 5;

export type PrivacyRequestResult =
  | { ok: true; id: string }
  | { ok: false; reason: "rateLimited" }
  | { ok: false; reason: "invalid"; issues: { field: string; message: string; values: Record<string, number> }[] };

export async function submitPrivacyRequest(
  body: Record<string, unknown>,
  opts: { clientKey: string; locale: Locale; now?: Date },
): Promise<PrivacyRequestResult> {
  const raw = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? cleanText(v) : v]));
  const parsed = privacyRequestSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      reason: "invalid",
      issues: parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message, values: issueValues(i, raw) })),
    };
  }
  const { code, kind, message, replyEmail } = parsed.data;
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    if (!(await hitRateLimit(tx, `privacy:${opts.clientKey}`, REQUESTS_PER_HOUR, 3600, now))) return { ok: false as const, reason: "rateLimited" as const };
    const receiptCode = normalizeReceiptCode(code);
    const input = receiptCode ? await tx.input.findUnique({ where: { receiptCode }, select: { id: true, processId: true } }) : null;
    if (!input || !receiptCode) {
      return { ok: false as const, reason: "invalid" as const, issues: [{ field: "code", message: "privacy.validation.unknownCode", values: {} }] };
    }
    const request = await tx.privacyRequest.create({
      data: { inputId: input.id, receiptCode, kind, message, replyEmail, createdAt: now },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        action: "privacy.request",
        entityType: "privacyRequest",
        entityId: request.id,
        processId: input.processId,
        details: { kind, locale: opts.locale },
      },
    });
    return { ok: true as const, id: request.id };
  });
}

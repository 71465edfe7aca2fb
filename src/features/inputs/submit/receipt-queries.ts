import { db } from "@/lib/db";
import { normalizeReceiptCode } from "@/lib/receipt-code";

/** What a citizen may see of their own input: never contact details, never moderation notes. */
export async function getReceipt(code: string) {
  const normalized = normalizeReceiptCode(code);
  if (!normalized) return null;
  return db.input.findUnique({
    where: { receiptCode: normalized },
    select: {
      receiptCode: true,
      status: true,
      publicResponse: true,
      submittedAt: true,
      category: true,
      language: true,
      form: { select: { slug: true } },
      process: { select: { title: true, slug: true } },
    },
  });
}

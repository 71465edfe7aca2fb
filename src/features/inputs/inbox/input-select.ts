// The fields of one input that every staff view of it shows (the inbox's input page and the
// triage page): its text and receipt, when and how it came, its state and its process. Each
// view adds its own fields and relations to this.
import type { Prisma } from "@/generated/prisma/client";

export const inputCoreSelect = {
  id: true,
  text: true,
  receiptCode: true,
  submittedAt: true,
  category: true,
  channel: true,
  language: true,
  status: true,
  publicResponse: true,
  isHidden: true,
  hiddenReason: true,
  heldForReview: true,
  flags: true,
  processId: true,
} satisfies Prisma.InputSelect;

import { enqueueHeardPublished } from "@/features/mail/citizen";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editablePage } from "./page-guard";
import type { ProcessRef } from "./schemas";

/** Publishes the page; refused until at least one theme has a summary (an empty page says nothing). */
export async function publishHeardPage(tx: Tx, input: ProcessRef, now = new Date()) {
  const page = await editablePage(tx, input.processId);
  const ready = await tx.heardTheme.count({ where: { pageId: page.id, summary: { not: "" } } });
  if (ready === 0) throw new AppError("CONFLICT", "heard.nothingToPublish");
  const publishedAt = page.publishedAt ?? now;
  await tx.heardPage.update({ where: { id: page.id }, data: { publishedAt } });
  // Everyone who left an address hears once (the dedupe key keeps a re-publication quiet).
  await enqueueHeardPublished(tx, { processId: input.processId });
  return { id: page.id, processId: input.processId, publishedAt };
}

/** Takes the page down (the public address answers 404); nothing written is lost. */
export async function unpublishHeardPage(tx: Tx, input: ProcessRef) {
  const page = await editablePage(tx, input.processId);
  await tx.heardPage.update({ where: { id: page.id }, data: { publishedAt: null } });
  return { id: page.id, processId: input.processId, publishedAt: null };
}

import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import type { SetRetentionInput } from "./schemas";

/** A process's retention time; it applies from the next run of the retention job (retention.ts). */
export async function setRetention(tx: Tx, input: SetRetentionInput) {
  await assertProcessEditable(tx, input.processId);
  await tx.process.update({ where: { id: input.processId }, data: { retentionMonths: input.retentionMonths } });
  return { processId: input.processId, retentionMonths: input.retentionMonths };
}

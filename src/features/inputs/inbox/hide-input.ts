// Hiding takes an input out of the default inbox and every public view; the text is kept
// (moderation is reversible), and the reason is stored for the next administrator.
import type { Tx } from "@/lib/db";
import { lockInput } from "@/lib/lock-input";
import { formatHiddenReason, type HideInput } from "./schemas";

export async function hideInput(tx: Tx, input: HideInput) {
  const before = await lockInput(tx, input.inputId, "inbox.notFound");
  const hiddenReason = formatHiddenReason(input);
  await tx.input.update({ where: { id: before.id }, data: { isHidden: true, hiddenReason } });
  return { id: before.id, processId: before.processId, hiddenReason };
}

export async function unhideInput(tx: Tx, inputId: string) {
  const before = await lockInput(tx, inputId, "inbox.notFound");
  await tx.input.update({ where: { id: before.id }, data: { isHidden: false, hiddenReason: "" } });
  return { id: before.id, processId: before.processId, wasHidden: before.isHidden, hiddenReason: before.hiddenReason };
}

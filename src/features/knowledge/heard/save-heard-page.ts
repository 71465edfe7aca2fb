import type { Tx } from "@/lib/db";
import { editablePage } from "./page-guard";
import type { SavePageInput } from "./schemas";

/** Saves the intro and "Slik bruker vi innspillene". A published page shows the change at once. */
export async function saveHeardPage(tx: Tx, input: SavePageInput) {
  const page = await editablePage(tx, input.processId);
  await tx.heardPage.update({
    where: { id: page.id },
    data: { intro: input.intro, introNn: input.introNn, usage: input.usage, usageNn: input.usageNn },
  });
  return { id: page.id, processId: input.processId };
}

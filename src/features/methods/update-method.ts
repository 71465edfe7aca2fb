import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { methodData } from "./method-data";
import { methodEditableSelect } from "./queries";
import type { UpdateMethodInput } from "./schemas";

const COMPARED = ["name", "description", "howTo", "timeLevel", "moneyLevel", "effortLevel", "typicalSize", "channel"] as const;

/** Changes a method and replaces its target groups; reports which fields changed (for the audit log). */
export async function updateMethod(tx: Tx, input: UpdateMethodInput): Promise<{ id: string; name: string; changed: string[] }> {
  const { id, ...fields } = input;
  const before = await tx.method.findUnique({
    where: { id },
    select: {
      ...methodEditableSelect,
      audiences: { select: { audienceId: true } },
    },
  });
  if (!before) throw new AppError("NOT_FOUND", "method.notFound");

  const data = await methodData(tx, fields, id);
  const changed: string[] = COMPARED.filter((k) => before[k] !== fields[k]);
  const sameAudiences =
    before.audiences
      .map((a) => a.audienceId)
      .sort()
      .join() === [...fields.audienceIds].sort().join();
  if (!sameAudiences) changed.push("audienceIds");

  await tx.method.update({
    where: { id },
    data: { ...data, audiences: { deleteMany: {}, create: fields.audienceIds.map((audienceId) => ({ audienceId })) } },
    select: { id: true },
  });
  return { id, name: data.name, changed };
}

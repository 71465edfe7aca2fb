import type { Tx } from "@/lib/db";
import { methodData } from "./method-data";
import type { CreateMethodInput } from "./schemas";

/** Adds a method to the toolbox with the target groups it suits. */
export async function createMethod(tx: Tx, input: CreateMethodInput): Promise<{ id: string; name: string; slug: string }> {
  const data = await methodData(tx, input);
  return tx.method.create({
    data: { ...data, audiences: { create: input.audienceIds.map((audienceId) => ({ audienceId })) } },
    select: { id: true, name: true, slug: true },
  });
}

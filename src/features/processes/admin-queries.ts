// Reads for the administration's process pages.
import { db } from "@/lib/db";

export async function getProcessHeader(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.process.findUnique({ where: { id }, select: { id: true, slug: true, title: true, status: true } });
}
export type ProcessHeader = NonNullable<Awaited<ReturnType<typeof getProcessHeader>>>;

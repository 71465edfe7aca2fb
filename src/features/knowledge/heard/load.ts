// Access check + load for the editor's pages: anonymous → sign-in, no knowledge.publish → 403,
// unknown process → 404.
import { getProcessHeader } from "@/features/processes/admin-queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

export async function loadHeardProcess(processId: string, subPath = "") {
  await requirePermission("knowledge.publish", `/admin/prosesser/${processId}/dette-har-vi-hort${subPath}`);
  const process = await getProcessHeader(processId);
  if (!process) pageNotFound();
  return process;
}
export type HeardProcess = Awaited<ReturnType<typeof loadHeardProcess>>;

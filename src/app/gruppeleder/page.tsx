import { titleFrom } from "@/components/route-page";
import { ProcessPicker } from "@/features/group-leader/components/process-picker";
import { ProgressPage } from "@/features/group-leader/components/progress-page";
import { dashboardProcess, dashboardProcesses } from "@/features/group-leader/progress-queries";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("groupLeader.picker");

/** The group leaders' landing page: the process picker, or the one process's dashboard directly. */
export default async function Page() {
  const user = await requirePermission("dashboard.read", "/gruppeleder");
  const processes = await dashboardProcesses();
  const only = processes.length === 1 ? await dashboardProcess(processes[0]!.slug) : null;
  return only ? <ProgressPage process={only} role={user.role} landing /> : <ProcessPicker />;
}

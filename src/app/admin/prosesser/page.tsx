import { ProcessList } from "@/features/processes/components/admin/process-list";
import { requirePermission } from "@/lib/session";

export default async function Page() {
  await requirePermission("area.admin", "/admin/prosesser");
  return <ProcessList />;
}

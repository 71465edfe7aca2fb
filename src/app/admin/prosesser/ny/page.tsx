import { CreateProcessPage } from "@/features/processes/components/admin/create-process-form";
import { requirePermission } from "@/lib/session";

export default async function Page() {
  await requirePermission("area.admin", "/admin/prosesser/ny");
  return <CreateProcessPage />;
}

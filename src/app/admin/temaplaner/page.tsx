import { ThematicPlansPage } from "@/features/thematic-plans/components/thematic-plans-page";
import { requirePermission } from "@/lib/session";

export default async function Page() {
  await requirePermission("area.admin", "/admin/temaplaner");
  return <ThematicPlansPage />;
}

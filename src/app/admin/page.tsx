import { titleFrom } from "@/components/route-page";
import { AdminHome } from "@/features/dashboard/components/admin-home";
import { inputFigures } from "@/features/knowledge/search/inbox-counts";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("areas.admin");

export default async function Page() {
  await requirePermission("area.admin", "/admin");
  return <AdminHome figures={inputFigures} />;
}

import { titleFrom } from "@/components/route-page";
import { PoliticianHome } from "@/features/dashboard/components/politician-home";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("areas.politician");

export default async function Page() {
  const user = await requirePermission("area.politician", "/politiker");
  return <PoliticianHome userId={user.id} />;
}

import { titleFrom } from "@/components/route-page";
import { MethodCreatePage } from "@/features/methods/components/method-create-page";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("methods.create");

export default async function Page() {
  await requirePermission("area.admin", "/admin/verktoybank/ny");
  return <MethodCreatePage />;
}

import { titleFrom } from "@/components/route-page";
import { AccountCreatePage } from "@/features/accounts/components/account-create-page";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("accounts.form", "newTitle");

export default async function Page() {
  await requirePermission("user.manage", "/admin/brukere/ny");
  return <AccountCreatePage />;
}

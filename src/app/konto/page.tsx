import { titleFrom } from "@/components/route-page";
import { AccountPage } from "@/features/auth/components/account-page";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("auth.account");

// Also the page every other page sends a person to while they still have an initial password
// (requirePermission), so it must not ask for anything but `account.changePassword`.
export default async function Page() {
  const user = await requirePermission("account.changePassword", "/konto");
  return <AccountPage user={user} mustChange={user.mustChangePassword} />;
}

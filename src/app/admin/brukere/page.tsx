import { queryPage, titleFrom } from "@/components/route-page";
import { AccountListPage } from "@/features/accounts/components/account-list-page";

export const generateMetadata = titleFrom("accounts.list");

export default queryPage("user.manage", "/admin/brukere", AccountListPage);

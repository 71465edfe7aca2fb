import { titleFrom } from "@/components/route-page";
import { PrivacyRequestsPage } from "@/features/privacy/components/privacy-requests-page";
import { isUuid } from "@/lib/ids";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("privacy.admin");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("privacy.manage", "/admin/personvern");
  const query = await searchParams;
  const status = query.status === "DONE" || query.status === "REFUSED" ? query.status : "OPEN";
  return <PrivacyRequestsPage status={status} before={isUuid(query.for) ? query.for : undefined} handled={isUuid(query.behandlet)} />;
}

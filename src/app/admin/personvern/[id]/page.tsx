import { titleFrom } from "@/components/route-page";
import { PrivacyRequestPage } from "@/features/privacy/components/privacy-request-page";
import { getPrivacyRequest } from "@/features/privacy/queries";
import { isUuid } from "@/lib/ids";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("privacy.admin");

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const { id } = await params;
  await requirePermission("privacy.manage", `/admin/personvern/${id}`);
  const request = isUuid(id) ? await getPrivacyRequest(id) : null;
  if (!request) pageNotFound();
  return <PrivacyRequestPage request={request} />;
}

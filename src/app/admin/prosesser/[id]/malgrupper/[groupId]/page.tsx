import { titleFrom } from "@/components/route-page";
import { getProcessHeader } from "@/features/processes/admin-queries";
import { EditTargetGroupPage } from "@/features/target-groups/components/edit-target-group-page";
import { getTargetGroup } from "@/features/target-groups/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string; groupId: string }> };

export const generateMetadata = titleFrom("targetGroups.edit");

export default async function Page({ params }: Props) {
  const { id, groupId } = await params;
  await requirePermission("area.admin", `/admin/prosesser/${id}/malgrupper/${groupId}`);
  const process = await getProcessHeader(id);
  const group = process ? await getTargetGroup(process.id, groupId) : null;
  if (!process || !group) pageNotFound();
  return <EditTargetGroupPage process={process} group={group} />;
}

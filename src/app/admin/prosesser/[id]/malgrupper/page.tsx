import { titleFrom } from "@/components/route-page";
import { getProcessHeader } from "@/features/processes/admin-queries";
import { TargetGroupsPage } from "@/features/target-groups/components/target-groups-page";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom("targetGroups");

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("area.admin", `/admin/prosesser/${id}/malgrupper`);
  const process = await getProcessHeader(id);
  if (!process) pageNotFound();
  return <TargetGroupsPage process={process} deleted={(await searchParams).slettet === "1"} />;
}

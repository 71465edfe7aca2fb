import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { ProcessOverview } from "@/features/processes/components/admin/process-overview";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const process = await loadAdminProcess((await params).id, "");
  return (
    <ProcessAdminFrame process={process} section="">
      <ProcessOverview process={process} copied={(await searchParams).kopiert === "1"} />
    </ProcessAdminFrame>
  );
}

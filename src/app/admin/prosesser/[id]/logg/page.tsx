import { AuditLog } from "@/features/audit/components/audit-log";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const process = await loadAdminProcess((await params).id, "logg");
  return (
    <ProcessAdminFrame process={process} section="logg">
      <AuditLog processId={process.id} before={(await searchParams).for} basePath={`/admin/prosesser/${process.id}/logg`} />
    </ProcessAdminFrame>
  );
}

import { PhaseList } from "@/features/processes/components/admin/phase-list";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const process = await loadAdminProcess((await params).id, "faser");
  const q = await searchParams;
  return (
    <ProcessAdminFrame process={process} section="faser">
      <PhaseList process={process} notice={q.lagret ? "saved" : q.slettet ? "deleted" : undefined} />
    </ProcessAdminFrame>
  );
}

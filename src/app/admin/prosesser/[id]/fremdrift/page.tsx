import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { TimelineAdmin } from "@/features/processes/components/admin/timeline-admin";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const process = await loadAdminProcess((await params).id, "fremdrift");
  const q = await searchParams;
  return (
    <ProcessAdminFrame process={process} section="fremdrift">
      <TimelineAdmin process={process} notice={q.lagret ? "saved" : q.slettet ? "deleted" : undefined} />
    </ProcessAdminFrame>
  );
}

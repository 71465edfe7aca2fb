import { ActivityCalendar } from "@/features/activities/components/activity-calendar";
import { ActivityList } from "@/features/activities/components/activity-list";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const process = await loadAdminProcess((await params).id, "aktiviteter");
  const q = await searchParams;
  return (
    <ProcessAdminFrame process={process} section="aktiviteter">
      {q.visning === "kalender" ? (
        <ActivityCalendar processId={process.id} month={q.maned} />
      ) : (
        <ActivityList processId={process.id} after={q.etter} notice={q.lagret ? "saved" : q.slettet ? "deleted" : undefined} />
      )}
    </ProcessAdminFrame>
  );
}

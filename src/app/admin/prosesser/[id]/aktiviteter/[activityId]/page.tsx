import { notFound } from "next/navigation";
import { ActivityForm } from "@/features/activities/components/activity-form";
import { DeleteActivityForm } from "@/features/activities/components/delete-activity-form";
import { getActivity } from "@/features/activities/queries";
import { SignupsLink } from "@/features/signups/components/signups-link";
import { ProcessAdminFrame, loadAdminProcess } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string; activityId: string }> };

export default async function Page({ params }: Props) {
  const { id, activityId } = await params;
  const process = await loadAdminProcess(id, "aktiviteter");
  const activity = await getActivity(process.id, activityId);
  if (!activity) notFound();
  return (
    <ProcessAdminFrame process={process} section="aktiviteter" lead={activity.title}>
      <SignupsLink processId={process.id} activityId={activity.id} />
      <ActivityForm process={process} activity={activity} />
      <DeleteActivityForm processId={process.id} activity={activity} />
    </ProcessAdminFrame>
  );
}

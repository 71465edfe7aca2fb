import { ActivityForm } from "@/features/activities/components/activity-form";
import { DeleteActivityForm } from "@/features/activities/components/delete-activity-form";
import { getActivity } from "@/features/activities/queries";
import { CancelActivityForm } from "@/features/calendar/components/cancel-activity-form";
import { EvaluationsLink } from "@/features/evaluations/components/evaluations-link";
import { SignupsLink } from "@/features/participation/components/signups-link";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; activityId: string }> };

export default async function Page({ params }: Props) {
  const { id, activityId } = await params;
  const process = await loadAdminProcess(id, "aktiviteter", activityId);
  const activity = await getActivity(process.id, activityId);
  if (!activity) pageNotFound();
  return (
    <ProcessAdminFrame process={process} section="aktiviteter" lead={activity.title}>
      <SignupsLink processId={process.id} activityId={activity.id} />
      <EvaluationsLink processId={process.id} activityId={activity.id} />
      {/* Keyed by status and reason: a cancellation below re-mounts the form with the new values. */}
      <ActivityForm key={`${activity.status}:${activity.cancelReason}`} process={process} activity={activity} />
      <CancelActivityForm processId={process.id} activity={activity} />
      <DeleteActivityForm processId={process.id} activity={activity} />
    </ProcessAdminFrame>
  );
}

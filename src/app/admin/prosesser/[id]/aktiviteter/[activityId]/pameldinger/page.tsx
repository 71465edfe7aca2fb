import { getTranslations } from "next-intl/server";
import { activitySignups, signupCandidates } from "@/features/participation/admin-queries";
import { AdminSignups } from "@/features/participation/components/admin-signups";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; activityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const [{ id, activityId }, query] = await Promise.all([params, searchParams]);
  const process = await loadAdminProcess(id, "aktiviteter", activityId, "pameldinger");
  const activity = await activitySignups(process.id, activityId);
  if (!activity) pageNotFound();
  const [t, candidates] = await Promise.all([getTranslations("signups.admin"), signupCandidates(activity.id)]);
  const added = query.lagt === "CONFIRMED" || query.lagt === "WAITLISTED" ? query.lagt : undefined;
  const removed = typeof query.fjernet === "string" && /^\d+$/.test(query.fjernet) ? Number(query.fjernet) : undefined;
  return (
    <ProcessAdminFrame process={process} section="aktiviteter" lead={t("lead", { title: activity.title })}>
      <AdminSignups processId={process.id} activity={activity} candidates={candidates} notice={{ added, removedPromoted: removed }} />
    </ProcessAdminFrame>
  );
}

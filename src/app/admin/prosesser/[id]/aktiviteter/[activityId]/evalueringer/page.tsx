import { getTranslations } from "next-intl/server";
import { activityEvaluations } from "@/features/evaluations/admin-queries";
import { AdminEvaluations } from "@/features/evaluations/components/admin-evaluations";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; activityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const [{ id, activityId }, query] = await Promise.all([params, searchParams]);
  const process = await loadAdminProcess(id, "aktiviteter", activityId, "evalueringer");
  const data = await activityEvaluations(process.id, activityId);
  if (!data) pageNotFound();
  const t = await getTranslations("evaluations.admin");
  const notice = query.stengt === "1" ? "closed" : query.apnet === "1" ? "opened" : query.tall === "1" ? "figures" : undefined;
  return (
    <ProcessAdminFrame process={process} section="aktiviteter" lead={t("lead", { title: data.activity.title })}>
      <AdminEvaluations processId={process.id} data={data} notice={notice} />
    </ProcessAdminFrame>
  );
}

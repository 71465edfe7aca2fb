import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/features/activities/components/activity-form";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const [process, t] = await Promise.all([loadAdminProcess((await params).id, "aktiviteter", "ny"), getTranslations("activities")]);
  return (
    <ProcessAdminFrame process={process} section="aktiviteter" task={t("new")}>
      <ActivityForm process={process} />
    </ProcessAdminFrame>
  );
}

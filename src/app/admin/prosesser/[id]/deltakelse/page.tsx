import { getTranslations } from "next-intl/server";
import { ParticipationPage } from "@/features/participation/components/participation-page";
import { participationProcess } from "@/features/participation/participation-queries";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const process = await loadAdminProcess((await params).id, "deltakelse");
  const [t, rule] = await Promise.all([getTranslations("accounts.participation"), participationProcess(process.id)]);
  if (!rule) pageNotFound();
  return (
    <ProcessAdminFrame process={process} section="deltakelse" lead={t("lead")}>
      <ParticipationPage process={rule} canEdit />
    </ProcessAdminFrame>
  );
}

import { getTranslations } from "next-intl/server";
import { FormSettingsForm } from "@/features/forms/components/builder/form-settings-form";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const process = await loadAdminProcess((await params).id, "skjema", "ny");
  const t = await getTranslations("formBuilder.settings");
  return (
    <ProcessAdminFrame process={process} section="skjema" lead={t("newHeading")}>
      <FormSettingsForm process={process} />
    </ProcessAdminFrame>
  );
}

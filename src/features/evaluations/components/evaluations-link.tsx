import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";

/** From an activity's admin page to the evaluations of its method. */
export async function EvaluationsLink({ processId, activityId }: { processId: string; activityId: string }) {
  const t = await getTranslations("evaluations.admin");
  return (
    <p className="mb-6">
      <TextLink href={`/admin/prosesser/${processId}/aktiviteter/${activityId}/evalueringer`}>{t("link")}</TextLink>
    </p>
  );
}

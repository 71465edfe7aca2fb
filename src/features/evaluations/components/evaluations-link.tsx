import { getTranslations } from "next-intl/server";
import NextLink from "next/link";

/** From an activity's admin page to the evaluations of its method. */
export async function EvaluationsLink({ processId, activityId }: { processId: string; activityId: string }) {
  const t = await getTranslations("evaluations.admin");
  return (
    <p className="mb-6">
      <NextLink className="ds-link" href={`/admin/prosesser/${processId}/aktiviteter/${activityId}/evalueringer`}>
        {t("link")}
      </NextLink>
    </p>
  );
}

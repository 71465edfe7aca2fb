import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";

/** From an activity's edit page to its sign-ups and waitlist. */
export async function SignupsLink({ processId, activityId }: { processId: string; activityId: string }) {
  const t = await getTranslations("signups.admin");
  return (
    <p className="mb-6">
      <TextLink href={`/admin/prosesser/${processId}/aktiviteter/${activityId}/pameldinger`}>{t("link")}</TextLink>
    </p>
  );
}

import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/button-form";
import { Heading, Paragraph } from "@/components/ds";
import { deleteActivityAction } from "../actions";
import type { ActivityForEdit } from "../queries";

/** Delete, or explain why not: sign-ups and inputs keep an activity (cancel it instead). */
export async function DeleteActivityForm({ processId, activity }: { processId: string; activity: ActivityForEdit }) {
  const t = await getTranslations("activities.delete");
  const inUse = activity._count.signups + activity._count.inputs > 0;
  return (
    <section aria-labelledby="slett-aktivitet" className="mt-10 space-y-3">
      <Heading level={2} data-size="sm" id="slett-aktivitet">
        {t("heading")}
      </Heading>
      {inUse ? (
        <Paragraph>{t("inUse", { signups: activity._count.signups, inputs: activity._count.inputs })}</Paragraph>
      ) : (
        <ButtonForm action={deleteActivityAction} label={t("submit")} hidden={{ processId, activityId: activity.id }}>
          <Paragraph data-size="sm">{t("explain")}</Paragraph>
        </ButtonForm>
      )}
    </section>
  );
}

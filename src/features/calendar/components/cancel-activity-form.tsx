// Cancelling an activity, one step with a required reason, on its admin page. Once
// cancelled, the section says so (reopening is a status change in the activity form).
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { cancelActivityAction } from "../actions";
import { activeSignupCount } from "../queries";

type Activity = { id: string; status: string; cancelReason: string };

export async function CancelActivityForm({ processId, activity }: { processId: string; activity: Activity }) {
  if (activity.status === "DONE") return null;
  const [t, count] = await Promise.all([getTranslations("calendar.cancel"), activeSignupCount(activity.id)]);
  return (
    <section aria-labelledby="avlys-aktivitet" className="mt-10 space-y-3">
      <Heading level={2} data-size="sm" id="avlys-aktivitet">
        {t("heading")}
      </Heading>
      {activity.status === "CANCELLED" ? (
        <Alert data-color="warning" role="status">
          <Paragraph>{t("isCancelled")}</Paragraph>
          {activity.cancelReason && <Paragraph>{t("reasonShown", { reason: activity.cancelReason })}</Paragraph>}
          <Paragraph data-size="sm">{t("reopen")}</Paragraph>
        </Alert>
      ) : (
        <ActionForm action={cancelActivityAction} submitLabel={t("submit")} submitVariant="secondary" idPrefix="avlys">
          <input type="hidden" name="processId" value={processId} />
          <input type="hidden" name="activityId" value={activity.id} />
          <Paragraph>{t("lead", { count })}</Paragraph>
          <TextField name="reason" label={t("reason")} description={t("reasonHelp")} multiline rows={3} maxLength={500} required />
        </ActionForm>
      )}
    </section>
  );
}

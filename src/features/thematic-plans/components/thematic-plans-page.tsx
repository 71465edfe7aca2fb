import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ButtonForm } from "@/components/button-form";
import { Card, Heading, Paragraph } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { deleteThematicPlanAction, saveThematicPlanAction } from "../actions";
import { listThematicPlansWithUse } from "../queries";

/** The managed list of thematic plans that processes feed and inputs are tagged with. */
export async function ThematicPlansPage() {
  const [t, ta, plans] = await Promise.all([getTranslations("processes.plans"), getTranslations("admin"), listThematicPlansWithUse()]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ul className="space-y-6">
        {plans.map((plan) => (
          <li key={plan.id}>
            <Card data-color="neutral" className="space-y-3">
              <Heading level={2} data-size="xs">
                {plan.name}
              </Heading>
              <Paragraph data-size="sm">{t("usage", { processes: plan._count.processes, inputs: plan._count.inputs })}</Paragraph>
              <ActionForm
                action={saveThematicPlanAction}
                submitLabel={t("save", { name: plan.name })}
                successMessage={ta("saved")}
                submitVariant="secondary"
                idPrefix={plan.slug}
              >
                <input type="hidden" name="planId" value={plan.id} />
                <TextField name="name" label={t("name")} defaultValue={plan.name} required maxLength={160} />
                <TextField name="description" label={t("description")} defaultValue={plan.description} multiline rows={2} maxLength={2000} />
              </ActionForm>
              {plan._count.processes + plan._count.inputs === 0 && (
                <ButtonForm action={deleteThematicPlanAction} label={t("delete", { name: plan.name })} hidden={{ planId: plan.id }} />
              )}
            </Card>
          </li>
        ))}
      </ul>
      <Section id="ny-temaplan" heading={t("addHeading")} className="mt-10 space-y-4">
        <ActionForm action={saveThematicPlanAction} submitLabel={t("add")} successMessage={t("added")} idPrefix="ny">
          <TextField name="name" label={t("name")} required maxLength={160} />
          <TextField name="description" label={t("description")} multiline rows={2} maxLength={2000} />
        </ActionForm>
      </Section>
    </>
  );
}

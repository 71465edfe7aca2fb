import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ButtonForm, MoveButtons } from "@/components/button-form";
import { Alert, Card, Heading, Paragraph } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { deleteDistrictAction, moveDistrictAction, saveDistrictAction } from "../actions";
import { listDistrictsWithUse } from "../queries";

export type DistrictNotice = { kind: "added" | "saved" | "moved"; districtId: string } | { kind: "deleted" };

/** The managed list of districts: the choices of every form's district field, in this order. */
export async function DistrictsPage({ notice }: { notice?: DistrictNotice }) {
  const [t, districts] = await Promise.all([getTranslations("formBuilder.districts"), listDistrictsWithUse()]);
  const index = notice && "districtId" in notice ? districts.findIndex((d) => d.id === notice.districtId) : -1;
  const message =
    notice?.kind === "deleted"
      ? t("notice.deleted")
      : index >= 0
        ? t(`notice.${notice!.kind as "added"}`, { name: districts[index]!.name, position: index + 1, total: districts.length })
        : null;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {message && (
        <Alert data-color="success" role="status" className="mb-6">
          {message}
        </Alert>
      )}
      {districts.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <ol className="space-y-4">
          {districts.map((d, i) => {
            const used = d._count.inputs + d._count.activities;
            return (
              <li key={d.id}>
                <Card data-color="neutral" className="space-y-3">
                  <Heading level={2} data-size="xs">
                    {i + 1}. {d.name}
                  </Heading>
                  <Paragraph data-size="sm">{t("usage", { inputs: d._count.inputs, activities: d._count.activities })}</Paragraph>
                  <ActionForm
                    action={saveDistrictAction}
                    submitLabel={t("rename", { name: d.name })}
                    submitVariant="secondary"
                    idPrefix={d.slug}
                    className="max-w-xl space-y-3"
                  >
                    <input type="hidden" name="districtId" value={d.id} />
                    <TextField name="name" label={t("name")} defaultValue={d.name} required maxLength={120} />
                  </ActionForm>
                  <div className="flex flex-wrap items-start gap-3">
                    <MoveButtons
                      action={moveDistrictAction}
                      hidden={{ districtId: d.id }}
                      index={i}
                      count={districts.length}
                      up={t("moveUp", { name: d.name })}
                      down={t("moveDown", { name: d.name })}
                    />
                    {used === 0 ? (
                      <ButtonForm action={deleteDistrictAction} label={t("delete", { name: d.name })} className="inline" hidden={{ districtId: d.id }} />
                    ) : (
                      <Paragraph data-size="sm" className="self-center">
                        {t("inUse")}
                      </Paragraph>
                    )}
                  </div>
                </Card>
              </li>
            );
          })}
        </ol>
      )}
      <Section id="ny-bydel" heading={t("addHeading")} className="mt-10 space-y-4">
        <ActionForm action={saveDistrictAction} submitLabel={t("add")} idPrefix="ny">
          <TextField name="name" label={t("name")} required maxLength={120} />
        </ActionForm>
      </Section>
    </>
  );
}
